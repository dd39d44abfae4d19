package org.xingfeng.evaluations.core.internal.tasks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.xingfeng.evaluations.api.tasks.RectificationTaskService;
import org.xingfeng.evaluations.api.tasks.SelfCheckTemplate;
import org.xingfeng.evaluations.api.tasks.TemplateItem;
import org.xingfeng.platform.api.spreadsheet.Csv;

/**
 * The self-check tables shipped with the bundle. {@code selfcheck/selfcheck-2019.csv} is attachment 2 of the 2019
 * work plan as printed: 序号 (the goal's number), 目标要求, 工作内容及要求 (starting with the item's number, "1."),
 * 完成时限. A row whose goal cells are blank belongs to the goal above; a goal without a number (优化规范医保服务流程)
 * is a goal of its own.
 */
public final class SelfCheckTemplates {

    static final String RESOURCE_2019 = "/selfcheck/selfcheck-2019.csv";
    static final Pattern ITEM_NUMBER = Pattern.compile("^\\s*(\\d+)\\s*[.．、]\\s*");

    private SelfCheckTemplates() {
    }

    public static SelfCheckTemplate load2019() {
        try (InputStream in = SelfCheckTemplates.class.getResourceAsStream(RESOURCE_2019)) {
            if (in == null) {
                throw new IllegalStateException("resource missing: " + RESOURCE_2019);
            }
            return new SelfCheckTemplate(RectificationTaskService.SELF_CHECK_2019, "全省医疗保障系统行风建设自查表",
                    parse(Csv.read(in)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The items of a table in the printed layout; the first row is the header. */
    public static List<TemplateItem> parse(List<List<String>> rows) {
        List<TemplateItem> items = new ArrayList<>();
        Integer goalNumber = null;
        String goal = null;
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            String number = cell(row, 0);
            String goalText = cell(row, 1);
            if (!goalText.isEmpty()) {
                goal = goalText;
                goalNumber = number.isEmpty() ? null : Integer.valueOf(number);
            }
            if (goal == null) {
                throw new IllegalArgumentException("the first item has no goal: " + row);
            }
            Matcher m = ITEM_NUMBER.matcher(cell(row, 2));
            if (!m.find()) {
                throw new IllegalArgumentException("an item without its number: " + row);
            }
            String content = cell(row, 2).substring(m.end()).strip();
            String deadline = cell(row, 3);
            items.add(new TemplateItem(Integer.parseInt(m.group(1)), goalNumber, goal, content, deadline,
                    DeadlineText.find(deadline, "deadline")));
        }
        return items;
    }

    /** The item number an item's text starts with ("12.积极推广…" is 12), or null. */
    static Integer itemNumber(String content) {
        Matcher m = ITEM_NUMBER.matcher(content == null ? "" : content);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private static String cell(List<String> row, int i) {
        return i < row.size() ? row.get(i).strip() : "";
    }
}
