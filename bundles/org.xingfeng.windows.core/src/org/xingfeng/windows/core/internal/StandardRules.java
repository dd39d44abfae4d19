package org.xingfeng.windows.core.internal;

import static org.xingfeng.windows.core.internal.WindowsText.MESSAGES;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.xingfeng.platform.api.FieldError;
import org.xingfeng.windows.api.standard.HallInventory;
import org.xingfeng.windows.api.standard.InventoryLine;
import org.xingfeng.windows.api.standard.StandardItem;
import org.xingfeng.windows.api.standard.StandardItemDraft;

/**
 * The hall standard, pure: seed 001's list (医保经办大厅要配齐配全...) as the default, the checks of an item, and a
 * hall's inventory against the standard.
 */
final class StandardRules {

    /** Categories of the seed: 服务设施, 辅助设施, 宣传设施. */
    static final List<String> CATEGORIES = List.of("SERVICE", "AUXILIARY", "PUBLICITY");

    /** Seed 001's list, in its order: code, name, category, quantity a hall needs at least. */
    static final List<StandardItemDraft> DEFAULT = List.of(
            new StandardItemDraft("COMPUTER", "计算机", "SERVICE", 1),
            new StandardItemDraft("PRINTER", "打印机", "SERVICE", 1),
            new StandardItemDraft("COPIER", "复印机", "SERVICE", 1),
            new StandardItemDraft("SCANNER", "扫描仪", "SERVICE", 1),
            new StandardItemDraft("GUIDE_DESK", "引导台", "SERVICE", 1),
            new StandardItemDraft("SEATS", "休息排椅", "SERVICE", 1),
            new StandardItemDraft("TICKET_MACHINE", "自助取号机", "SERVICE", 1),
            new StandardItemDraft("SELF_SERVICE", "自助服务一体机", "SERVICE", 1),
            new StandardItemDraft("WATER", "饮水机", "SERVICE", 1),
            new StandardItemDraft("EVALUATOR", "服务评价器", "SERVICE", 1),
            new StandardItemDraft("FORM_DESK", "填单台", "SERVICE", 1),
            new StandardItemDraft("SUGGESTION_BOX", "意见箱", "SERVICE", 1),
            new StandardItemDraft("READING_GLASSES", "老花镜", "AUXILIARY", 1),
            new StandardItemDraft("PENS", "签字笔", "AUXILIARY", 1),
            new StandardItemDraft("SAMPLE_FORMS", "填表样例", "AUXILIARY", 1),
            new StandardItemDraft("DISPLAY", "电子显示屏", "PUBLICITY", 1),
            new StandardItemDraft("LEAFLET_RACK", "资料架", "PUBLICITY", 1),
            new StandardItemDraft("CHARGING", "便民手机充电站", "PUBLICITY", 1));

    private StandardRules() {
    }

    static List<FieldError> check(StandardItemDraft d) {
        List<FieldError> errors = new ArrayList<>();
        if (d == null) {
            errors.add(FieldError.of("body", MESSAGES.text("field.required")));
            return errors;
        }
        if (Checks.required(errors, "code", d.code()) && !d.code().strip().matches("[A-Za-z0-9_\\-]{1,32}")) {
            errors.add(FieldError.of("code", MESSAGES.text("standard.code")));
        }
        if (Checks.required(errors, "name", d.name())) {
            Checks.length(errors, "name", d.name(), 1, 100);
        }
        if (Checks.required(errors, "category", d.category()) && !CATEGORIES.contains(d.category().strip())) {
            errors.add(FieldError.of("category", MESSAGES.text("standard.category", String.join(", ", CATEGORIES))));
        }
        if (Checks.required(errors, "requiredQuantity", d.requiredQuantity())) {
            Checks.range(errors, "requiredQuantity", d.requiredQuantity(), 1, 1000);
        }
        return errors;
    }

    /** The hall against the standard: a line per item in the standard's order; counts not given are 0. */
    static HallInventory inventory(long hallId, String hallName, List<StandardItem> items,
            Map<String, Integer> present) {
        List<InventoryLine> lines = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (StandardItem item : items) {
            int have = present.getOrDefault(item.code(), 0);
            int lack = Math.max(0, item.requiredQuantity() - have);
            lines.add(
                    new InventoryLine(item.code(), item.name(), item.category(), item.requiredQuantity(), have, lack));
            if (lack > 0) {
                missing.add(item.code());
            }
        }
        return new HallInventory(hallId, hallName, lines, missing, missing.isEmpty());
    }
}
