package org.xingfeng.evaluations.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.xingfeng.evaluations.api.complaints.Complaint;
import org.xingfeng.evaluations.api.complaints.ComplaintCategory;
import org.xingfeng.evaluations.api.complaints.ComplaintChannel;
import org.xingfeng.evaluations.api.complaints.ComplaintDraft;
import org.xingfeng.evaluations.api.complaints.ComplaintQuery;
import org.xingfeng.evaluations.api.complaints.ComplaintReply;
import org.xingfeng.evaluations.api.complaints.ComplaintService;
import org.xingfeng.evaluations.api.complaints.ComplaintState;
import org.xingfeng.evaluations.api.complaints.ComplaintSubject;
import org.xingfeng.evaluations.api.complaints.ComplaintVerification;
import org.xingfeng.evaluations.api.complaints.CriticismNotice;
import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.Strings;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.XingfengException;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.Section;
import org.xingfeng.platform.api.org.Staff;
import org.xingfeng.platform.api.org.StaffQuery;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.Choice;
import org.xingfeng.platform.ui.widgets.ChoiceBox;
import org.xingfeng.platform.ui.widgets.Column;
import org.xingfeng.platform.ui.widgets.DataTable;
import org.xingfeng.platform.ui.widgets.FormDialog;
import org.xingfeng.platform.ui.widgets.Texts;

/**
 * 投诉: complaints registered (登记), verified (核实: upheld or not, with findings) and replied to (答复) in that order,
 * each reply due so many working days after receipt, overdue ones flagged; and the year's 通报批评 list of staff
 * with repeated upheld complaints.
 */
public class ComplaintsView implements ContributedView {

    private final ViewSite site;
    private final ComplaintService complaints;
    private final OrgService org;
    private final Texts t;
    private final CTabFolder root;
    private final ChoiceBox<Long> unit;
    private final ChoiceBox<ComplaintState> state;
    private final Button overdueOnly;
    private final Text year;
    private final DataTable<Complaint> table;
    private final Button registerButton;
    private final Button verifyButton;
    private final Button replyButton;
    private final Text criticismYear;
    private final DataTable<CriticismNotice> criticism;

    public ComplaintsView(Composite parent, ViewSite site, ComplaintService complaints, OrgService org) {
        this.site = site;
        this.complaints = complaints;
        this.org = org;
        this.t = Texts.of(site, ComplaintsView.class);
        root = new CTabFolder(parent, SWT.BORDER);

        Composite list = new Composite(root, SWT.NONE);
        list.setLayout(new GridLayout(1, false));
        CTabItem listTab = new CTabItem(root, SWT.NONE);
        listTab.setText(t.get("complaints.title"));
        listTab.setControl(list);
        Composite filters = new Composite(list, SWT.NONE);
        filters.setLayout(new GridLayout(8, false));
        new Label(filters, SWT.NONE).setText(t.get("common.unit"));
        unit = new ChoiceBox<>(filters, EvalTexts.units(org, site.session().actor(), t, true), 170);
        new Label(filters, SWT.NONE).setText(t.get("common.state"));
        List<Choice<ComplaintState>> states = new ArrayList<>();
        states.add(new Choice<>(null, t.get("common.any")));
        Arrays.stream(ComplaintState.values())
                .forEach(s -> states.add(new Choice<>(s, EvalTexts.complaintState(t, s))));
        state = new ChoiceBox<>(filters, states, 100);
        overdueOnly = new Button(filters, SWT.CHECK);
        overdueOnly.setText(t.get("common.overdueOnly"));
        new Label(filters, SWT.NONE).setText(t.get("complaints.yearReceived"));
        year = new Text(filters, SWT.BORDER);
        year.setLayoutData(new GridData(50, SWT.DEFAULT));
        Button search = new Button(filters, SWT.PUSH);
        search.setText(t.get("common.search"));
        search.addListener(SWT.Selection, e -> reload());

        table = new DataTable<>(list, site, t.get("complaints.title"), List.of(
                Column.<Complaint>of(t.get("common.id"), Complaint::id).width(50),
                Column.<Complaint>of(t.get("complaints.received"), Complaint::receivedDate).width(90),
                Column.<Complaint>of(t.get("common.unit"), Complaint::unitName).width(110),
                Column.<Complaint>of(t.get("common.channel"), c -> EvalTexts.complaintChannel(t, c.channel()))
                        .width(70),
                Column.<Complaint>of(t.get("complaints.category"), c -> EvalTexts.category(t, c.category())).width(80),
                Column.<Complaint>of(t.get("complaints.about"), this::subjectText).width(140),
                Column.<Complaint>of(t.get("complaints.content"), Complaint::content).width(180),
                Column.<Complaint>of(t.get("common.state"), c -> EvalTexts.complaintState(t, c.state())).width(70),
                Column.<Complaint>of(t.get("complaints.replyBy"), Complaint::replyDue).width(90),
                Column.<Complaint>of(t.get("common.overdue"), c -> c.overdue() ? t.get("common.overdueMark") : "")
                        .width(50),
                Column.<Complaint>of(t.get("complaints.upheldColumn"),
                        c -> c.upheld() == null ? ""
                                : c.upheld() ? t.get("complaints.upheldMark")
                                        : t.get("complaints.notUpheld"))
                        .width(70),
                Column.<Complaint>of(t.get("complaints.findings"), Complaint::findings).width(150),
                Column.<Complaint>of(t.get("complaints.replyAction"), Complaint::reply).width(150)));
        table.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        registerButton = table.addButton(t.get("complaints.register"), this::registerDialog);
        verifyButton = table.addButton(t.get("complaints.verify"), () -> verifyDialog(table.selected()));
        replyButton = table.addButton(t.get("complaints.replyAction"), () -> replyDialog(table.selected()));
        registerButton.setEnabled(EvalTexts.officer(site));
        table.onSelection(this::selected);

        Composite notices = new Composite(root, SWT.NONE);
        notices.setLayout(new GridLayout(1, false));
        CTabItem noticeTab = new CTabItem(root, SWT.NONE);
        noticeTab.setText(t.get("complaints.noticesCriticism"));
        noticeTab.setControl(notices);
        Composite yearBar = new Composite(notices, SWT.NONE);
        yearBar.setLayout(new GridLayout(4, false));
        new Label(yearBar, SWT.NONE).setText(t.get("common.year"));
        criticismYear = new Text(yearBar, SWT.BORDER);
        criticismYear.setText(String.valueOf(site.time().today().getYear()));
        criticismYear.setLayoutData(new GridData(50, SWT.DEFAULT));
        Button show = new Button(yearBar, SWT.PUSH);
        show.setText(t.get("common.search"));
        show.addListener(SWT.Selection, e -> loadCriticism());
        new Label(yearBar, SWT.NONE).setText(t.get("complaints.criticismRule", complaints.criticismThreshold()));
        criticism = new DataTable<>(notices, site, t.get("complaints.noticesCriticism"), List.of(
                Column.<CriticismNotice>of(t.get("common.staffNo"), CriticismNotice::staffNumber).width(80),
                Column.<CriticismNotice>of(t.get("complaints.name"), CriticismNotice::staffName).width(80),
                Column.<CriticismNotice>of(t.get("common.unit"), CriticismNotice::unitName).width(130),
                Column.<CriticismNotice>of(t.get("common.year"), CriticismNotice::year).width(50),
                Column.<CriticismNotice>of(t.get("complaints.upheldComplaints"), CriticismNotice::upheldComplaints)
                        .width(80),
                Column.<CriticismNotice>of(t.get("complaints.complaintIds"),
                        n -> n.complaintIds().stream().map(String::valueOf)
                                .reduce((a, b) -> a + "、" + b).orElse(""))
                        .width(150)));
        criticism.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        root.setSelection(listTab);
        selected(null);
        reload();
        loadCriticism();
    }

    private String subjectText(Complaint c) {
        String who = switch (c.subject()) {
            case STAFF ->
                (c.staffNumber() == null ? "" : c.staffNumber() + " ") + (c.staffName() == null ? "" : c.staffName());
            case WINDOW -> c.windowNo();
            case SECTION -> c.sectionName();
        };
        return EvalTexts.subject(t, c.subject()) + "：" + (who == null ? "" : who);
    }

    private void selected(Complaint c) {
        boolean officer = EvalTexts.officer(site);
        verifyButton.setEnabled(officer && c != null && c.state() == ComplaintState.REGISTERED);
        replyButton.setEnabled(officer && c != null && c.state() == ComplaintState.VERIFIED);
    }

    public CTabFolder control() {
        return root;
    }

    public DataTable<Complaint> table() {
        return table;
    }

    public DataTable<CriticismNotice> criticismTable() {
        return criticism;
    }

    /** Sets the filters as a user would (null or blank: any). */
    public void setFilters(Long unitId, ComplaintState s, boolean overdue, String yearText) {
        unit.select(unitId);
        state.select(s);
        overdueOnly.setSelection(overdue);
        year.setText(yearText == null ? "" : yearText);
    }

    public void reload() {
        Integer y;
        try {
            y = year.getText().isBlank() ? null : Integer.valueOf(year.getText().strip());
        } catch (NumberFormatException e) {
            site.showError(new ValidationException("year", EvalTexts.MESSAGES.text("error.yearNumber")));
            return;
        }
        ComplaintQuery q = new ComplaintQuery(unit.value(), state.value(),
                overdueOnly.getSelection() ? Boolean.TRUE : null,
                y, null);
        table.load(t.get("complaints.readingComplaints"), monitor -> complaints.complaints(site.session().actor(), q,
                new PageRequest(0, PageRequest.MAX_SIZE)).items());
        selected(table.selected());
    }

    public void setCriticismYear(int y) {
        criticismYear.setText(String.valueOf(y));
    }

    public void loadCriticism() {
        int y;
        try {
            y = Integer.parseInt(criticismYear.getText().strip());
        } catch (NumberFormatException e) {
            site.showError(new ValidationException("year", EvalTexts.MESSAGES.text("error.yearNumber")));
            return;
        }
        criticism.load(t.get("complaints.readingNoticesCriticism"),
                monitor -> complaints.criticism(site.session().actor(), y, null));
    }

    private List<Choice<Long>> staffChoices(Long unitId) {
        List<Choice<Long>> out = new ArrayList<>();
        out.add(new Choice<>(null, t.get("complaints.none")));
        if (unitId != null) {
            for (Staff s : org
                    .staff(site.session().actor(), new StaffQuery(unitId, null, null, null, null),
                            new PageRequest(0, PageRequest.MAX_SIZE))
                    .items()) {
                out.add(new Choice<>(s.id(), s.staffNumber() + " " + s.name()));
            }
        }
        return out;
    }

    private List<Choice<Long>> sectionChoices(Long unitId) {
        List<Choice<Long>> out = new ArrayList<>();
        out.add(new Choice<>(null, t.get("complaints.none")));
        if (unitId != null) {
            for (Section s : org.sections(site.session().actor(), unitId)) {
                out.add(new Choice<>(s.id(), s.name()));
            }
        }
        return out;
    }

    /** 登记: a complaint about a member of staff, a window or a section of a unit. */
    public void registerDialog() {
        List<Choice<Long>> units = EvalTexts.units(org, site.session().actor(), t, false);
        Long first = unit.value() != null ? unit.value() : units.isEmpty() ? null : units.get(0).value();
        FormDialog d = new FormDialog(site, t.get("complaints.registerComplaint"),
                t.get("complaints.replyHint", complaints.replyDays()))
                .choice("channel", t.get("complaints.channel"), Arrays.stream(ComplaintChannel.values())
                        .map(c -> new Choice<>(c, EvalTexts.complaintChannel(t, c))).toList(), ComplaintChannel.HOTLINE)
                .choice("category", t.get("complaints.categoryField"), Arrays.stream(ComplaintCategory.values())
                        .map(c -> new Choice<>(c, EvalTexts.category(t, c))).toList(), ComplaintCategory.ATTITUDE)
                .choice("unitId", t.get("complaints.unit"), units, first)
                .choice("subject", t.get("complaints.about"), Arrays.stream(ComplaintSubject.values())
                        .map(s -> new Choice<>(s, EvalTexts.subject(t, s))).toList(), ComplaintSubject.STAFF)
                .choice("staffId", t.get("complaints.staffMember"), staffChoices(first), null)
                .text("windowNo", t.get("complaints.windowNo"), "")
                .choice("sectionId", t.get("common.section"), sectionChoices(first), null)
                .text("complainantName", t.get("complaints.complainant"), "")
                .text("complainantContact", t.get("complaints.contact"), "")
                .multiline("content", t.get("complaints.content"), "")
                .text("receivedDate", t.get("complaints.receivedOn"), site.time().today().toString());
        d.onChange("unitId", () -> {
            Long u = d.choice("unitId");
            d.setChoices("staffId", staffChoices(u), null);
            d.setChoices("sectionId", sectionChoices(u), null);
        });
        Complaint[] saved = new Complaint[1];
        d.onSave(f -> saved[0] = complaints.register(site.session().actor(), new ComplaintDraft(f.choice("channel"),
                f.choice("category"), f.choice("unitId"), f.choice("subject"), f.choice("staffId"),
                Strings.blankToNull(f.text("windowNo")), f.choice("sectionId"),
                Strings.blankToNull(f.text("complainantName")),
                Strings.blankToNull(f.text("complainantContact")), f.text("content"),
                EvalTexts.date("receivedDate", f.text("receivedDate"), false))));
        if (d.open() == FormDialog.OK) {
            site.status(t.get("complaints.complaintRegistered", saved[0].id()));
            reload();
            select(saved[0].id());
        }
    }

    private void select(long id) {
        table.rows().stream().filter(c -> c.id() == id).findFirst().ifPresent(table::select);
        selected(table.selected());
    }

    /** 核实: upheld (属实) or not, and the findings. */
    public void verifyDialog(Complaint c) {
        if (c == null) {
            return;
        }
        FormDialog d = new FormDialog(site, t.get("complaints.verifyComplaint"),
                t.get("complaints.verifyHint", c.id(), c.content()))
                .choice("upheld", t.get("complaints.upheldColumn"),
                        List.of(new Choice<Boolean>(null, t.get("complaints.choose")),
                                new Choice<>(Boolean.TRUE, t.get("complaints.upheldChoice")),
                                new Choice<>(Boolean.FALSE, t.get("complaints.notUpheldChoice"))),
                        null)
                .multiline("findings", t.get("complaints.findings"), "");
        d.onSave(f -> step("upheld", () -> complaints.verify(site.session().actor(), c.id(),
                new ComplaintVerification(f.choice("upheld"), f.text("findings")))));
        if (d.open() == FormDialog.OK) {
            site.status(t.get("complaints.verified"));
            reload();
            select(c.id());
        }
    }

    /** 答复: what the complainant was told. */
    public void replyDialog(Complaint c) {
        if (c == null) {
            return;
        }
        FormDialog d = new FormDialog(site, t.get("complaints.replyComplaint"),
                t.get("complaints.replyDueHint", c.id(), c.replyDue()))
                .multiline("text", t.get("complaints.replyContent"), "");
        d.onSave(f -> step("text",
                () -> complaints.reply(site.session().actor(), c.id(), new ComplaintReply(f.text("text")))));
        if (d.open() == FormDialog.OK) {
            site.status(t.get("complaints.replied"));
            reload();
            select(c.id());
        }
    }

    /** Runs a step; a step out of order (409) is shown beside {@code field} with the service's message. */
    private void step(String field, Runnable action) {
        try {
            action.run();
        } catch (XingfengException e) {
            if (e.status() == 409) {
                throw ValidationException.of(List.of(new FieldError(field, 0, t.error(e))));
            }
            throw e;
        }
    }

    @Override
    public void setFocus() {
        table.filterBox().setFocus();
    }
}
