package org.xingfeng.matters.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.xingfeng.matters.api.DiscretionFlag;
import org.xingfeng.matters.api.Material;
import org.xingfeng.matters.api.SubItem;

/**
 * 最小自由裁量 (least discretion), measured the way a provincial reviewer checks a list: conditions and materials worded
 * with open terms that let an officer ask for more ("其他材料", "相关证明", an enumeration closed by "等", "必要时",
 * "视情况"), and items without a fixed time limit. Pure: no database.
 */
final class DiscretionRules {

    /**
     * The open terms. "等" counts only where it closes an enumeration (at the end, before punctuation, or before a
     * word such as 材料, 证明, 资料), so 等级, 等待 and 平等 are not flagged.
     */
    static final Pattern OPEN = Pattern.compile(
            "其[他它](?:相关)?(?:材料|资料|证明|证件)|相关(?:证明|材料|资料)|必要时|视情况|等(?=$|[。；;，,、）)\\s]|(?:相关)?(?:材料|证明|资料|证件|文件|情形|情况))");

    private DiscretionRules() {
    }

    /** The open terms in a text, in order; none for a blank text. */
    static List<String> openTerms(String text) {
        List<String> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        Matcher m = OPEN.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    /** The item's findings: open terms in its conditions and in the materials still required, and no time limit. */
    static List<DiscretionFlag> flags(SubItem s) {
        List<DiscretionFlag> flags = new ArrayList<>();
        openTerms(s.conditions()).forEach(t -> flags.add(new DiscretionFlag("conditions", t)));
        for (int i = 0; i < s.materials().size(); i++) {
            Material m = s.materials().get(i);
            if (m.cancelled()) {
                continue;
            }
            String element = "materials[" + i + "]";
            openTerms(m.name()).forEach(t -> flags.add(new DiscretionFlag(element, t)));
        }
        if (s.timeLimit() == null) {
            flags.add(new DiscretionFlag("timeLimit", "未明确"));
        } else if (s.timeLimit().range()) {
            flags.add(new DiscretionFlag("timeLimit", "区间"));
        }
        return flags;
    }

    /** The list's discretion figure: the share of items with any finding, in percent with one decimal (0 for none). */
    static double figure(List<SubItem> items) {
        if (items.isEmpty()) {
            return 0;
        }
        long open = items.stream().filter(s -> !flags(s).isEmpty()).count();
        return share(open, items.size());
    }

    /** {@code part} of {@code whole} in percent with one decimal; 0 for an empty whole. */
    static double share(long part, int whole) {
        return whole == 0 ? 0 : Math.round(part * 1000.0 / whole) / 10.0;
    }
}
