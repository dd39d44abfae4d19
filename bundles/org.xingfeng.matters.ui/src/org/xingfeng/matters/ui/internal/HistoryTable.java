package org.xingfeng.matters.ui.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;

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

    /** The elements whose names are in the messages ({@code element.<name>}); others are shown as they are. */
    private static final Set<String> ELEMENTS = Set.of("mainItemId", "name", "basicCode", "implementationCode",
            "levels",
            "legalBasis", "materials", "conditions", "timeLimit", "steps", "place", "consultation", "complaint", "fees",
            "remarks", "channels", "serviceStandard", "english");

    private final Texts t;
    private final DataTable<Change> table;
    private final Label note;

    HistoryTable(Composite parent, ViewSite site, MatterItemService items, Long itemId) {
        this.t = Texts.of(site, HistoryTable.class);
        note = new Label(parent, SWT.WRAP);
        note.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        table = new DataTable<>(parent, site, t.get("common.history"), List.of(
                Column.<Change>of(t.get("history.when"), Change::at).width(140),
                Column.<Change>of(t.get("history.who"), Change::username).width(90),
                Column.<Change>of(t.get("history.action"), Change::action).width(80),
                Column.<Change>of(t.get("history.whatChanged"), Change::elements).width(380)));
        table.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        if (itemId == null) {
            note.setText(t.get("history.newItemChangesAre"));
        } else {
            note.setText(t.get("history.thisItemSChanges"));
            table.load(t.get("history.readingHistory"),
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
            case "create" -> t.get("history.created");
            case "update" -> t.get("history.changed");
            case "delete" -> t.get("history.deleted");
            case "import-create" -> t.get("history.importedNew");
            case "import-update" -> t.get("history.importedUpdate");
            default -> a;
        };
    }

    /** The changed elements' names in the client's language. */
    String elements(ItemChange c) {
        if (c.before() == null || c.after() == null) {
            return c.before() == null ? t.get("history.newItem") : t.get("history.deleted");
        }
        if (c.elements().isEmpty()) {
            return t.get("history.noChange");
        }
        return String.join(t.get("history.separator"), c.elements().stream().map(n -> {
            return ELEMENTS.contains(n) ? t.get("element." + n) : n;
        }).toList());
    }
}
