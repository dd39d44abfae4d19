package org.xingfeng.matters.core.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.xingfeng.matters.api.ItemChange;
import org.xingfeng.platform.api.audit.AuditEntry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Turns a sub-item's audit entries into its history: which of its elements each change touched. */
final class ItemHistory {

    static final String ENTITY = "matters.subItem";

    /** The elements of a sub-item, in the order of the guide; ids and the unit are not elements. */
    static final List<String> ELEMENTS = List.of("mainItemId", "name", "basicCode", "implementationCode", "levels",
            "legalBasis", "materials", "conditions", "timeLimit", "steps", "place", "consultation", "complaint", "fees",
            "remarks", "channels", "serviceStandard", "english");

    private static final ObjectMapper JSON = new ObjectMapper();

    private ItemHistory() {
    }

    static ItemChange change(AuditEntry e) {
        return new ItemChange(e.at(), e.userId(), e.username(), e.action(), changed(e.before(), e.after()), e.before(),
                e.after());
    }

    /** The unit of the item the changes are about, from the newest state recorded; null when none names it. */
    static Long unitOf(List<ItemChange> changes) {
        for (ItemChange c : changes) {
            for (String state : new String[] { c.after(), c.before() }) {
                if (state == null) {
                    continue;
                }
                try {
                    JsonNode unit = JSON.readTree(state).path("unitId");
                    if (unit.isNumber()) {
                        return unit.asLong();
                    }
                } catch (IOException e) {
                    // a state that is not JSON names no unit
                }
            }
        }
        return null;
    }

    /** The elements whose values differ between two states (JSON); none when either is missing. */
    static List<String> changed(String before, String after) {
        if (before == null || after == null) {
            return List.of();
        }
        try {
            JsonNode b = JSON.readTree(before);
            JsonNode a = JSON.readTree(after);
            List<String> changed = new ArrayList<>();
            for (String element : ELEMENTS) {
                if (!same(b.path(element), a.path(element))) {
                    changed.add(element);
                }
            }
            return changed;
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Equal values; arrays of plain values (the levels, a set) in any order. */
    private static boolean same(JsonNode x, JsonNode y) {
        if (absent(x) && absent(y)) {
            return true; // an element added since the state was recorded, and still not given
        }
        if (x.isArray() && y.isArray() && x.size() == y.size() && !x.isEmpty() && x.get(0).isValueNode()) {
            List<String> xs = new ArrayList<>();
            List<String> ys = new ArrayList<>();
            x.forEach(v -> xs.add(v.asText()));
            y.forEach(v -> ys.add(v.asText()));
            return xs.stream().sorted().toList().equals(ys.stream().sorted().toList());
        }
        return x.equals(y);
    }

    private static boolean absent(JsonNode n) {
        return n.isMissingNode() || n.isNull() || (n.isArray() && n.isEmpty());
    }
}
