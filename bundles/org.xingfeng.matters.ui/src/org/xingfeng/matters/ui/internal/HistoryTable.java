package org.xingfeng.matters.ui.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.audit.AuditEntry;
import org.xingfeng.platform.api.audit.AuditLog;
import org.xingfeng.platform.api.audit.AuditQuery;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.Column;
import org.xingfeng.platform.ui.widgets.DataTable;
import org.xingfeng.platform.ui.widgets.Texts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An item's history from the audit log (entity {@code matters.subItem}): who, when, what was done and which elements
 * changed. The audit log is read by administrators and auditors only, so others see a note instead.
 */
public class HistoryTable {

    /** One change: when, who, the action and the names of the elements that changed. */
    public record Change(Instant at, String username, String action, String elements) {
    }

    static final String ENTITY = "matters.subItem";
    private static final ObjectMapper JSON = new ObjectMapper();
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

    HistoryTable(Composite parent, ViewSite site, AuditLog audit, Long itemId) {
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
        } else if (!site.session().actor().hasAnyRole(Roles.ADMIN, Roles.AUDITOR)) {
            note.setText(t.t("修改记录在审计日志中，仅管理员和审计员可查看。",
                    "Changes are in the audit log, which administrators and auditors read."));
        } else {
            note.setText(t.t("审计日志中本事项的修改，最新在前。", "This item's changes in the audit log, newest first."));
            table.load("读取修改记录", "Reading the history", monitor -> audit
                    .query(site.session().actor(), new AuditQuery(ENTITY, String.valueOf(itemId), null, null, null), PageRequest.ALL)
                    .items().stream().map(this::change).toList());
        }
    }

    public DataTable<Change> table() {
        return table;
    }

    public Label note() {
        return note;
    }

    private Change change(AuditEntry e) {
        return new Change(e.at(), e.username(), action(e.action()), elements(e.before(), e.after()));
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

    /** Equal values; arrays of plain values (the levels, a set) in any order. */
    private static boolean same(JsonNode x, JsonNode y) {
        if (x.isArray() && y.isArray() && x.size() == y.size() && !x.isEmpty() && x.get(0).isValueNode()) {
            List<String> xs = new ArrayList<>();
            List<String> ys = new ArrayList<>();
            x.forEach(v -> xs.add(v.asText()));
            y.forEach(v -> ys.add(v.asText()));
            return xs.stream().sorted().toList().equals(ys.stream().sorted().toList());
        }
        return x.equals(y);
    }

    /** The names of the elements whose values differ between the two states. */
    String elements(String before, String after) {
        if (before == null || after == null) {
            return before == null ? t.t("新建", "created") : t.t("删除", "deleted");
        }
        try {
            JsonNode b = JSON.readTree(before);
            JsonNode a = JSON.readTree(after);
            Set<String> names = new LinkedHashSet<>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(names::add);
            List<String> changed = new ArrayList<>();
            for (Iterator<String> it = names.iterator(); it.hasNext();) {
                String n = it.next();
                String[] label = ELEMENTS.get(n);
                if (label != null && !same(b.path(n), a.path(n))) {
                    changed.add(t.t(label[0], label[1]));
                }
            }
            return changed.isEmpty() ? t.t("无变化", "no change") : String.join(t.t("、", ", "), changed);
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
