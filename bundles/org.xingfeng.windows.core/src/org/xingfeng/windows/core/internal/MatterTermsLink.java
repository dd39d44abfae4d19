package org.xingfeng.windows.core.internal;

import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.matters.api.Material;
import org.xingfeng.matters.api.MatterItemService;
import org.xingfeng.matters.api.SubItem;
import org.xingfeng.matters.api.SubItemQuery;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.Page;
import org.xingfeng.platform.api.PageRequest;

/**
 * The bridge to the matters module for handling records: active only while its {@link MatterItemService} is there (the
 * package import is optional). Reads the unit's sub-item by code as the system: its time limit and the materials its
 * guide asks citizens to bring (not cancelled, not fetched by data sharing).
 */
@Component(service = MatterTerms.class)
public class MatterTermsLink implements MatterTerms {

    private final MatterItemService matters;

    @Activate
    public MatterTermsLink(@Reference MatterItemService matters) {
        this.matters = matters;
    }

    @Override
    public Optional<Terms> terms(long unitId, String code) {
        Page<SubItem> items = matters.subItems(Actor.SYSTEM, new SubItemQuery(unitId, null, code, null, null),
                new PageRequest(0, PageRequest.MAX_SIZE));
        SubItem found = null;
        for (SubItem s : items.items()) {
            if (code.equals(strip(s.implementationCode()))) {
                found = s;
                break;
            }
            if (found == null && code.equals(strip(s.basicCode()))) {
                found = s;
            }
        }
        if (found == null) {
            return Optional.empty();
        }
        Integer limit = found.timeLimit() == null ? null
                : found.timeLimit().onTheSpot() ? 0 : found.timeLimit().workingDays();
        List<String> materials = found.materials().stream().filter(m -> !m.cancelled() && !m.sharedData())
                .map(Material::name).toList();
        return Optional.of(new Terms(found.name(), limit, materials));
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }
}
