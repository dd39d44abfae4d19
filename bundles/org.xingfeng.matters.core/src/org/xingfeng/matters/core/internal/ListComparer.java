package org.xingfeng.matters.core.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.xingfeng.matters.api.HandlingChannel;
import org.xingfeng.matters.api.ListComparison;
import org.xingfeng.matters.api.ListComparison.ElementDifference;
import org.xingfeng.matters.api.ListComparison.ItemDifference;
import org.xingfeng.matters.api.ListComparison.ItemRef;
import org.xingfeng.matters.api.MainItem;
import org.xingfeng.matters.api.Material;
import org.xingfeng.matters.api.SubItem;
import org.xingfeng.platform.api.Strings;

/**
 * Compares two lists element by element (六统一). Pure: it takes the items, the caller loads them. Sub-items pair
 * by main item and name; those left over pair by basic code when the code is a real one (given in a file), so a
 * renamed item that kept its national code is a difference in 名称, not one missing and one extra item. Codes
 * the suite generated ({@link ListImport#GENERATED_CODE}) are local and never pair across units.
 */
public final class ListComparer {

    /** One side of the comparison: a unit's main items and sub-items. */
    public record Side(long unitId, List<MainItem> mains, List<SubItem> items) {
    }

    private ListComparer() {
    }

    public static ListComparison compare(Side local, Side standard) {
        Map<Long, String> localMains = names(local.mains());
        Map<Long, String> standardMains = names(standard.mains());
        Map<String, SubItem> localByName = new HashMap<>();
        Map<String, SubItem> localByCode = new HashMap<>();
        for (SubItem s : local.items()) {
            localByName.putIfAbsent(key(localMains.get(s.mainItemId()), s.name()), s);
            if (isRealCode(s.basicCode())) {
                localByCode.putIfAbsent(s.basicCode(), s);
            }
        }
        Map<SubItem, SubItem> pairs = new LinkedHashMap<>();
        Set<Long> pairedLocal = new HashSet<>();
        List<SubItem> unpaired = new ArrayList<>();
        for (SubItem std : standard.items()) {
            SubItem mine = localByName.get(key(standardMains.get(std.mainItemId()), std.name()));
            if (mine != null && pairedLocal.add(mine.id())) {
                pairs.put(std, mine);
            } else {
                unpaired.add(std);
            }
        }
        List<ItemRef> missing = new ArrayList<>();
        for (SubItem std : unpaired) {
            SubItem mine = isRealCode(std.basicCode()) ? localByCode.get(std.basicCode()) : null;
            if (mine != null && pairedLocal.add(mine.id())) {
                pairs.put(std, mine);
            } else {
                missing.add(new ItemRef(standardMains.get(std.mainItemId()), std.name(), std.basicCode()));
            }
        }
        List<ItemDifference> different = new ArrayList<>();
        for (SubItem std : standard.items()) {
            SubItem mine = pairs.get(std);
            if (mine == null) {
                continue;
            }
            String stdMain = standardMains.get(std.mainItemId());
            List<ElementDifference> diffs = differences(stdMain, std, localMains.get(mine.mainItemId()), mine);
            if (!diffs.isEmpty()) {
                different.add(new ItemDifference(new ItemRef(stdMain, std.name(), std.basicCode()), diffs));
            }
        }
        List<ItemRef> extra = local.items().stream().filter(s -> !pairedLocal.contains(s.id()))
                .map(s -> new ItemRef(localMains.get(s.mainItemId()), s.name(), s.basicCode())).toList();
        return new ListComparison(local.unitId(), standard.unitId(), pairs.size(), missing, extra, different);
    }

    static boolean isRealCode(String code) {
        return code != null && !code.isBlank() && !ListImport.GENERATED_CODE.matcher(code).matches();
    }

    static List<ElementDifference> differences(String stdMain, SubItem std, String localMain, SubItem mine) {
        List<ElementDifference> d = new ArrayList<>();
        diff(d, "主项名称", stdMain, localMain);
        diff(d, "名称", std.name(), mine.name());
        if (isRealCode(std.basicCode()) || isRealCode(mine.basicCode())) {
            diff(d, "编码", std.basicCode(), mine.basicCode());
        }
        diff(d, "办理层级", SubItemMapper.letters(std.levels()), SubItemMapper.letters(mine.levels()));
        diff(d, "设定依据", std.legalBasis(), mine.legalBasis());
        diff(d, "受理条件", std.conditions(), mine.conditions());
        diff(d, "办理材料", materials(std.materials()), materials(mine.materials()));
        diff(d, "经办方式", HandlingChannel.names(std.channels()), HandlingChannel.names(mine.channels()));
        diff(d, "办理时限", std.timeLimit() == null ? null : std.timeLimit().text(),
                mine.timeLimit() == null ? null : mine.timeLimit().text());
        diff(d, "办事流程", String.join("—", std.steps()), String.join("—", mine.steps()));
        diff(d, "服务标准", std.serviceStandard(), mine.serviceStandard());
        diff(d, "收费标准", std.fees(), mine.fees());
        return d;
    }

    private static void diff(List<ElementDifference> d, String element, String standard, String local) {
        String s = Strings.blankToNull(standard);
        String l = Strings.blankToNull(local);
        if (!Objects.equals(s, l)) {
            d.add(new ElementDifference(element, s, l));
        }
    }

    private static String materials(List<Material> materials) {
        return materials.stream().filter(m -> !m.cancelled()).map(Material::name).sorted()
                .collect(Collectors.joining("；"));
    }

    private static Map<Long, String> names(List<MainItem> mains) {
        return mains.stream().collect(Collectors.toMap(MainItem::id, MainItem::name));
    }

    private static String key(String main, String sub) {
        return main + "\u0000" + sub;
    }
}
