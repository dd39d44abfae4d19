package org.xingfeng.evaluations.rest.internal;

import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.matters.api.MatterItemService;
import org.xingfeng.matters.api.SubItem;
import org.xingfeng.matters.api.SubItemQuery;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.XingfengException;

/**
 * The matters module's names: active only while its {@link MatterItemService} is there (the package import is
 * optional), so evaluations works without it. Reads the published list as the system (a citizen's page shows what
 * the unit's public guide shows); an implementation code wins over a basic code.
 */
@Component(service = MatterNames.class)
public class MattersNames implements MatterNames {

    private static final int CANDIDATES = 50;

    private final MatterItemService matters;

    @Activate
    public MattersNames(@Reference MatterItemService matters) {
        this.matters = matters;
    }

    @Override
    public Optional<String> name(long unitId, String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String c = code.strip();
        try {
            SubItem basic = null;
            for (SubItem s : matters.subItems(Actor.SYSTEM, new SubItemQuery(unitId, null, c, null, null),
                    PageRequest.of(0, CANDIDATES)).items()) {
                if (c.equals(strip(s.implementationCode()))) {
                    return Optional.ofNullable(s.name());
                }
                if (basic == null && c.equals(strip(s.basicCode()))) {
                    basic = s;
                }
            }
            return basic == null ? Optional.empty() : Optional.ofNullable(basic.name());
        } catch (XingfengException noList) { // a unit without a list: the page shows the code
            return Optional.empty();
        }
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }
}
