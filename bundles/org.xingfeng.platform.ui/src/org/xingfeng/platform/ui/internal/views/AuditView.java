package org.xingfeng.platform.ui.internal.views;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.xingfeng.platform.api.Strings;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.audit.AuditEntry;
import org.xingfeng.platform.api.audit.AuditReader;
import org.xingfeng.platform.api.audit.AuditQuery;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.Column;
import org.xingfeng.platform.ui.widgets.DataTable;
import org.xingfeng.platform.ui.widgets.Texts;

/** The audit log, newest first, a page at a time, filtered by dates, user and the kind of entity changed. */
public class AuditView implements ContributedView {

    /** Entity types the platform and the present modules record; the box also takes any other. */
    private static final String[] KNOWN_TYPES = { "", "org.unit", "org.section", "org.staff", "user", "calendar.day",
            "module", "matters.subItem", "evaluations.case", "evaluations.appeal" };

    private final ViewSite site;
    private final AuditReader audit;
    private final Texts t;
    private final Composite root;
    private final Text from;
    private final Text to;
    private final Text user;
    private final Combo entityType;
    private final Text entityId;
    private final Label message;
    private final DataTable<AuditEntry> table;
    private AuditQuery query = AuditQuery.ALL;

    public AuditView(Composite parent, ViewSite site, AuditReader audit) {
        this(parent, site, audit, 100);
    }

    public AuditView(Composite parent, ViewSite site, AuditReader audit, int pageSize) {
        this.site = site;
        this.audit = audit;
        this.t = Texts.of(site, AuditView.class);
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));

        Composite filters = new Composite(root, SWT.NONE);
        filters.setLayout(new GridLayout(11, false));
        filters.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(filters, SWT.NONE).setText(t.get("audit.from"));
        from = dateBox(filters);
        new Label(filters, SWT.NONE).setText(t.get("audit.to"));
        to = dateBox(filters);
        new Label(filters, SWT.NONE).setText(t.get("audit.user"));
        user = new Text(filters, SWT.BORDER);
        user.setLayoutData(new GridData(90, SWT.DEFAULT));
        new Label(filters, SWT.NONE).setText(t.get("audit.entityType"));
        entityType = new Combo(filters, SWT.DROP_DOWN);
        entityType.setItems(KNOWN_TYPES);
        entityType.setLayoutData(new GridData(130, SWT.DEFAULT));
        new Label(filters, SWT.NONE).setText(t.get("audit.id"));
        entityId = new Text(filters, SWT.BORDER);
        entityId.setLayoutData(new GridData(60, SWT.DEFAULT));
        Button search = new Button(filters, SWT.PUSH);
        search.setText(t.get("audit.search"));
        search.addListener(SWT.Selection, e -> search());
        message = new Label(root, SWT.NONE);
        message.setForeground(root.getDisplay().getSystemColor(SWT.COLOR_RED));
        message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        table = new DataTable<>(root, site, t.get("audit.title"), List.of(
                Column.<AuditEntry>of(t.get("audit.time"), AuditEntry::at).width(150),
                Column.<AuditEntry>of(t.get("audit.user"), AuditEntry::username).width(90),
                Column.<AuditEntry>of(t.get("audit.action"), AuditEntry::action).width(90),
                Column.<AuditEntry>of(t.get("audit.entityType"), AuditEntry::entityType).width(110),
                Column.<AuditEntry>of(t.get("audit.entityId"), AuditEntry::entityId).width(90),
                Column.<AuditEntry>of(t.get("audit.before"), AuditEntry::before).width(220),
                Column.<AuditEntry>of(t.get("audit.after"), AuditEntry::after).width(220)));
        table.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table.onOpen(this::showEntry);
        table.paged(t.get("audit.readingAuditLog"), pageSize,
                (request, monitor) -> audit.query(site.session().actor(), query, request));
    }

    private static Text dateBox(Composite parent) {
        Text box = new Text(parent, SWT.BORDER);
        box.setMessage("yyyy-MM-dd");
        box.setLayoutData(new GridData(90, SWT.DEFAULT));
        return box;
    }

    public Composite control() {
        return root;
    }

    public DataTable<AuditEntry> table() {
        return table;
    }

    public String message() {
        return message.getText();
    }

    public String pageText() {
        return table.pageText();
    }

    public int page() {
        return table.page();
    }

    /** Sets the filter fields as a user types them (blank means any). */
    public void setFilters(String fromText, String toText, String username, String type, String id) {
        from.setText(fromText);
        to.setText(toText);
        user.setText(username);
        entityType.setText(type);
        entityId.setText(id);
    }

    /** Reads the filters and shows their first page; a bad date shows a message and keeps the list as it was. */
    public void search() {
        try {
            LocalDate a = ViewTexts.date("from", from.getText(), true);
            LocalDate b = ViewTexts.date("to", to.getText(), true);
            if (a != null && b != null && b.isBefore(a)) {
                throw new ValidationException("to", ViewTexts.MESSAGES.text("audit.endBeforeStart"));
            }
            Instant start = a == null ? null : site.time().startOf(a);
            Instant end = b == null ? null : site.time().startOf(b.plusDays(1));
            query = new AuditQuery(Strings.blankToNull(entityType.getText()), Strings.blankToNull(entityId.getText()),
                    Strings.blankToNull(user.getText()), start, end);
        } catch (ValidationException e) {
            message.setText(t.error(e));
            return;
        }
        message.setText("");
        load(0);
    }

    /** Shows a page (0-based) of the current query. */
    public void load(int wanted) {
        table.showPage(wanted);
    }

    private void showEntry(AuditEntry e) {
        MessageDialog.openInformation(site.shell(), t.get("audit.auditEntry", e.id()),
                table.text(e.at()) + "  " + e.username() + "  " + e.action() + "  " + e.entityType() + " "
                        + e.entityId()
                        + "\n\n" + t.get("audit.before") + ":\n" + (e.before() == null ? "-" : e.before())
                        + "\n\n" + t.get("audit.after") + ":\n" + (e.after() == null ? "-" : e.after()));
    }

    @Override
    public void setFocus() {
        from.setFocus();
    }
}
