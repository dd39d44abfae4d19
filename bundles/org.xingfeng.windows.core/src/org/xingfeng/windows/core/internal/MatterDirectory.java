package org.xingfeng.windows.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.xingfeng.windows.api.MatterRef;

/**
 * Matter codes and their names: from the matters module's list when it is present (an optional, dynamic reference:
 * it may come and go at runtime), otherwise the codes as typed, unchecked. A unit whose list is empty is treated as
 * without the module, so its halls can be set up before its list is imported.
 */
@Component(service = MatterDirectory.class)
public class MatterDirectory {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile MatterNames names;

    /** Whether the matters module is there to check codes against. */
    boolean present() {
        return names != null;
    }

    private Map<String, String> list(long unitId) {
        MatterNames n = names;
        if (n == null) {
            return null;
        }
        try {
            Map<String, String> list = n.names(unitId);
            return list.isEmpty() ? null : list; // a unit without a list yet: codes typed in work
        } catch (RuntimeException e) { // the module going away under us: work as without it
            return null;
        }
    }

    MatterRef ref(long unitId, String code) {
        Map<String, String> list = list(unitId);
        String name = list == null ? null : list.get(code);
        return new MatterRef(code, name == null ? code : name, name != null);
    }

    String name(long unitId, String code) {
        return ref(unitId, code).name();
    }

    /** The basic codes of the unit's list, sorted (YB01-001, ...); none without the matters module or a list. */
    List<String> basicCodes(long unitId) {
        Map<String, String> list = list(unitId);
        if (list == null) {
            return List.of();
        }
        return list.keySet().stream().filter(c -> c.startsWith("YB")).sorted().toList();
    }

    /** The positions of the codes that are not in the unit's list; none when the matters module is absent. */
    List<Integer> unknown(long unitId, List<String> codes) {
        Map<String, String> list = list(unitId);
        List<Integer> unknown = new ArrayList<>();
        if (list != null) {
            for (int i = 0; i < codes.size(); i++) {
                if (codes.get(i) != null && !list.containsKey(codes.get(i).strip())) {
                    unknown.add(i);
                }
            }
        }
        return unknown;
    }
}
