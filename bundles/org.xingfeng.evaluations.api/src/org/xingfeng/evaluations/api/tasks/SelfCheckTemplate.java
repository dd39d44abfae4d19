package org.xingfeng.evaluations.api.tasks;

import java.util.List;

/** A self-check table (自查表) that a unit instantiates as rectification tasks, one per item. */
public record SelfCheckTemplate(String id, String title, List<TemplateItem> items) {

    public SelfCheckTemplate {
        items = List.copyOf(items);
    }

    /** How many distinct goals (目标要求) the items fall under. */
    public long goals() {
        return items.stream().map(TemplateItem::goal).distinct().count();
    }
}
