package org.xingfeng.windows.core.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.matters.api.MatterItemService;
import org.xingfeng.matters.api.SubItem;
import org.xingfeng.matters.api.SubItemQuery;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.Page;
import org.xingfeng.platform.api.PageRequest;

/**
 * The bridge to the matters module: active only while its {@link MatterItemService} is there (the package import is
 * optional). Reads a unit's list as the system and keeps it a minute, so taking a ticket does not read the list each
 * time.
 */
@Component(service = MatterNames.class)
public class MattersLink implements MatterNames {

    private static final long KEEP_NANOS = TimeUnit.SECONDS.toNanos(60);

    private record Kept(long at, Map<String, String> names) {
    }

    private final MatterItemService matters;
    private final Map<Long, Kept> kept = new ConcurrentHashMap<>();

    @Activate
    public MattersLink(@Reference MatterItemService matters) {
        this.matters = matters;
    }

    @Override
    public Map<String, String> names(long unitId) {
        long now = System.nanoTime();
        Kept k = kept.get(unitId);
        if (k != null && now - k.at() < KEEP_NANOS) {
            return k.names();
        }
        Map<String, String> names = new HashMap<>();
        int page = 0;
        while (true) {
            Page<SubItem> items = matters.subItems(Actor.SYSTEM, SubItemQuery.ofUnit(unitId),
                    new PageRequest(page, PageRequest.MAX_SIZE));
            for (SubItem s : items.items()) {
                if (s.basicCode() != null && !s.basicCode().isBlank()) {
                    names.putIfAbsent(s.basicCode().strip(), s.name());
                }
                if (s.implementationCode() != null && !s.implementationCode().isBlank()) {
                    names.put(s.implementationCode().strip(), s.name());
                }
            }
            if ((long) (page + 1) * PageRequest.MAX_SIZE >= items.total() || items.items().isEmpty()) {
                break;
            }
            page++;
        }
        Map<String, String> result = Map.copyOf(names);
        kept.put(unitId, new Kept(now, result));
        return result;
    }
}
