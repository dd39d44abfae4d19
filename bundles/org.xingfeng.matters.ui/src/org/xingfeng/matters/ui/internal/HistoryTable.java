package org.xingfeng.matters.ui.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.xingfeng.matters.api.ItemChange;
import org.xingfeng.matters.api.MatterItemService;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.Column;
import org.xingfeng.platform.ui.widgets.DataTable;
import org.xingfeng.platform.ui.widgets.Texts;

/**
 * An item's history ({@link MatterItemService#history}, from the audit log): who, when, what was done and which elements
 * changed. Everybody who reads the item reads its history.
 */
public class HistoryTable {

    /** One change: when, who, the action and the names of the elements that changed. */
    public record Change(Instant at, String username, String action, String elements) {
    }

    private static final Map<String, String[]> ELEMENTS = Map.ofEntries(
            Map.entry("mainItemId", new String[] {"所属主项", "main item"}),
            Map.entry("name", new String[] {"名称", "name"}),
            Map.entry("basicCode", new String[] {"基本编码", "basic code"}),
            Map.entry("implementationCode", new String[] {"实施编码", "implementation code"}),
            Map.entry("levels", new String[] {"办理层级", "levels"}),
            Map.entry("legalBasis", new String[] {"设定依据", "legal basis"}),
            Map.entry("materials", new String[] {"办理材料", "materials"}),
            Map.entry("conditions", new String[] {"受理条件", "conditions"}),
            Map.entry("timeLimit", new String[] {"办理时限", "time limit"}),
            Map.entry("steps", new String[] {"办事流程", "steps"}),
            Map.entry("place", new String[] {"办理地点", "place"}),
            Map.entry("consultation", new String[] {"咨询方式", "consultation"}),
            Map.entry("complaint", new String[] {"投诉方式", "complaints"}),
            Map.entry("fees", new String[] {"收费标准", "fees"}),
            Map.entry("remarks", new String[] {"备注", "remarks"}));

    private final Texts t;
    private final DataTable<Change> table;
    private final Label note;

    HistoryTable(Composite parent, ViewSite site, MatterItemService items, Long itemId) {
        this.t = Texts.of(site);
        note = new Label(parent, SWT.WRAP);
        note.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        table = new DataTable<>(parent, site, "修改记录", "History", List.of(
                Column.<Change>of("时间", "When", Change::at).width(140),
                Column.<Change>of("用户", "Who", Change::username).width(90),
                Column.<Change>of("操作", "Action", Change::action).width(80),
                Column.<Change>of("修改内容", "What changed", Change::elements).width(380)));
        table.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        if (itemId == null) {
            note.setText(t.t("新事项，保存后开始记录修改。", "A new item: changes are recorded once it is saved."));
        } else {
            note.setText(t.t("本事项的修改记录（审计日志），最新在前。", "This item's changes (from the audit log), newest first."));
            table.load("读取修改记录", "Reading the history",
                    monitor -> items.history(site.session().actor(), itemId).stream().map(this::change).toList());
        }
    }

    public DataTable<Change> table() {
        return table;
    }

    public Label note() {
        return note;
    }

    private Change change(ItemChange c) {
        return new Change(c.at(), c.username(), action(c.action()), elements(c));
    }

    private String action(String a) {
        return switch (a) {
            case "create" -> t.t("新增", "created");
            case "update" -> t.t("修改", "changed");
            case "delete" -> t.t("删除", "deleted");
            case "import-create" -> t.t("导入新增", "imported (new)");
            case "import-update" -> t.t("导入更新", "imported (update)");
            default -> a;
        };
    }

    /** The changed elements' names in the client's language. */
    String elements(ItemChange c) {
        if (c.before() == null || c.after() == null) {
            return c.before() == null ? t.t("新建", "created") : t.t("删除", "deleted");
        }
        if (c.elements().isEmpty()) {
            return t.t("无变化", "no change");
        }
        return String.join(t.t("、", ", "), c.elements().stream().map(n -> {
            String[] label = ELEMENTS.get(n);
            return label == null ? n : t.t(label[0], label[1]);
        }).toList());
    }
}
