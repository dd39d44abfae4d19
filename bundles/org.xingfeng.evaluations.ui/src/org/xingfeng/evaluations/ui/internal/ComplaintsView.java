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
        this.t = Texts.of(site);
        root = new CTabFolder(parent, SWT.BORDER);

        Composite list = new Composite(root, SWT.NONE);
        list.setLayout(new GridLayout(1, false));
        CTabItem listTab = new CTabItem(root, SWT.NONE);
        listTab.setText(t.t("投诉", "Complaints"));
        listTab.setControl(list);
        Composite filters = new Composite(list, SWT.NONE);
        filters.setLayout(new GridLayout(8, false));
        new Label(filters, SWT.NONE).setText(t.t("单位", "Unit"));
        unit = new ChoiceBox<>(filters, EvalTexts.units(org, site.session().actor(), t, true), 170);
        new Label(filters, SWT.NONE).setText(t.t("状态", "State"));
        List<Choice<ComplaintState>> states = new ArrayList<>();
        states.add(new Choice<>(null, t.t("（全部）", "(any)")));
        Arrays.stream(ComplaintState.values()).forEach(s -> states.add(new Choice<>(s, EvalTexts.complaintState(t, s))));
        state = new ChoiceBox<>(filters, states, 100);
        overdueOnly = new Button(filters, SWT.CHECK);
        overdueOnly.setText(t.t("只看超期", "Overdue only"));
        new Label(filters, SWT.NONE).setText(t.t("收到年度", "Year received"));
        year = new Text(filters, SWT.BORDER);
        year.setLayoutData(new GridData(50, SWT.DEFAULT));
        Button search = new Button(filters, SWT.PUSH);
        search.setText(t.t("查询", "Search"));
        search.addListener(SWT.Selection, e -> reload());

        table = new DataTable<>(list, site, "投诉", "Complaints", List.of(
                Column.<Complaint>of("编号", "Id", Complaint::id).width(50),
                Column.<Complaint>of("收到日期", "Received", Complaint::receivedDate).width(90),
                Column.<Complaint>of("单位", "Unit", Complaint::unitName).width(110),
                Column.<Complaint>of("渠道", "Channel", c -> EvalTexts.complaintChannel(t, c.channel())).width(70),
                Column.<Complaint>of("类别", "Category", c -> EvalTexts.category(t, c.category())).width(80),
                Column.<Complaint>of("投诉对象", "About", this::subjectText).width(140),
                Column.<Complaint>of("投诉内容", "Content", Complaint::content).width(180),
                Column.<Complaint>of("状态", "State", c -> EvalTexts.complaintState(t, c.state())).width(70),
                Column.<Complaint>of("答复期限", "Reply by", Complaint::replyDue).width(90),
                Column.<Complaint>of("超期", "Overdue", c -> c.overdue() ? t.t("超期", "overdue") : "").width(50),
                Column.<Complaint>of("是否属实", "Upheld", c -> c.upheld() == null ? "" : c.upheld() ? t.t("属实", "upheld")
                        : t.t("不属实", "not upheld")).width(70),
                Column.<Complaint>of("核实情况", "Findings", Complaint::findings).width(150),
                Column.<Complaint>of("答复", "Reply", Complaint::reply).width(150)));
        table.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        registerButton = table.addButton("登记投诉", "Register", this::registerDialog);
        verifyButton = table.addButton("核实", "Verify", () -> verifyDialog(table.selected()));
        replyButton = table.addButton("答复", "Reply", () -> replyDialog(table.selected()));
        registerButton.setEnabled(EvalTexts.officer(site));
        table.onSelection(this::selected);

        Composite notices = new Composite(root, SWT.NONE);
        notices.setLayout(new GridLayout(1, false));
        CTabItem noticeTab = new CTabItem(root, SWT.NONE);
        noticeTab.setText(t.t("通报批评", "Notices of criticism"));
        noticeTab.setControl(notices);
        Composite yearBar = new Composite(notices, SWT.NONE);
        yearBar.setLayout(new GridLayout(4, false));
        new Label(yearBar, SWT.NONE).setText(t.t("年度", "Year"));
        criticismYear = new Text(yearBar, SWT.BORDER);
        criticismYear.setText(String.valueOf(site.time().today().getYear()));
        criticismYear.setLayoutData(new GridData(50, SWT.DEFAULT));
        Button show = new Button(yearBar, SWT.PUSH);
        show.setText(t.t("查询", "Search"));
        show.addListener(SWT.Selection, e -> loadCriticism());
        new Label(yearBar, SWT.NONE).setText(t.t("一年内属实投诉（服务态度、政策解答）累计 " + complaints.criticismThreshold()
                + " 次及以上者予以通报批评", "Staff with " + complaints.criticismThreshold()
                + " or more upheld complaints (attitude, policy answers) in a year"));
        criticism = new DataTable<>(notices, site, "通报批评", "Notices of criticism", List.of(
                Column.<CriticismNotice>of("工号", "Staff no.", CriticismNotice::staffNumber).width(80),
                Column.<CriticismNotice>of("姓名", "Name", CriticismNotice::staffName).width(80),
                Column.<CriticismNotice>of("单位", "Unit", CriticismNotice::unitName).width(130),
                Column.<CriticismNotice>of("年度", "Year", CriticismNotice::year).width(50),
                Column.<CriticismNotice>of("属实投诉", "Upheld complaints", CriticismNotice::upheldComplaints).width(80),
                Column.<CriticismNotice>of("投诉编号", "Complaint ids", n -> n.complaintIds().stream().map(String::valueOf)
                        .reduce((a, b) -> a + "、" + b).orElse("")).width(150)));
        criticism.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        root.setSelection(listTab);
        selected(null);
        reload();
        loadCriticism();
    }

    private String subjectText(Complaint c) {
        String who = switch (c.subject()) {
            case STAFF -> (c.staffNumber() == null ? "" : c.staffNumber() + " ") + (c.staffName() == null ? "" : c.staffName());
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
            site.showError(new ValidationException("year", "年度应为数字，例如 2026 (year must be a number)"));
            return;
        }
        ComplaintQuery q = new ComplaintQuery(unit.value(), state.value(), overdueOnly.getSelection() ? Boolean.TRUE : null,
                y, null);
        table.load("读取投诉", "Reading complaints", monitor -> complaints.complaints(site.session().actor(), q,
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
            site.showError(new ValidationException("year", "年度应为数字，例如 2026 (year must be a number)"));
            return;
        }
        criticism.load("读取通报批评名单", "Reading the notices of criticism",
                monitor -> complaints.criticism(site.session().actor(), y, null));
    }

    private List<Choice<Long>> staffChoices(Long unitId) {
        List<Choice<Long>> out = new ArrayList<>();
        out.add(new Choice<>(null, t.t("（无）", "(none)")));
        if (unitId != null) {
            for (Staff s : org.staff(site.session().actor(), new StaffQuery(unitId, null, null, null, null), new PageRequest(0, PageRequest.MAX_SIZE))
                    .items()) {
                out.add(new Choice<>(s.id(), s.staffNumber() + " " + s.name()));
            }
        }
        return out;
    }

    private List<Choice<Long>> sectionChoices(Long unitId) {
        List<Choice<Long>> out = new ArrayList<>();
        out.add(new Choice<>(null, t.t("（无）", "(none)")));
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
        FormDialog d = new FormDialog(site, "登记投诉", "Register a complaint",
                "答复期限为收到之日起 " + complaints.replyDays() + " 个工作日。",
                "The reply is due " + complaints.replyDays() + " working days after receipt.")
                .choice("channel", "投诉渠道", "Channel", Arrays.stream(ComplaintChannel.values())
                        .map(c -> new Choice<>(c, EvalTexts.complaintChannel(t, c))).toList(), ComplaintChannel.HOTLINE)
                .choice("category", "投诉类别", "Category", Arrays.stream(ComplaintCategory.values())
                        .map(c -> new Choice<>(c, EvalTexts.category(t, c))).toList(), ComplaintCategory.ATTITUDE)
                .choice("unitId", "被投诉单位", "Unit", units, first)
                .choice("subject", "投诉对象", "About", Arrays.stream(ComplaintSubject.values())
                        .map(s -> new Choice<>(s, EvalTexts.subject(t, s))).toList(), ComplaintSubject.STAFF)
                .choice("staffId", "工作人员", "Staff member", staffChoices(first), null)
                .text("windowNo", "窗口号", "Window no.", "")
                .choice("sectionId", "科室", "Section", sectionChoices(first), null)
                .text("complainantName", "投诉人", "Complainant", "")
                .text("complainantContact", "联系方式", "Contact", "")
                .multiline("content", "投诉内容", "Content", "")
                .text("receivedDate", "收到日期", "Received on", site.time().today().toString());
        d.onChange("unitId", () -> {
            Long u = d.choice("unitId");
            d.setChoices("staffId", staffChoices(u), null);
            d.setChoices("sectionId", sectionChoices(u), null);
        });
        Complaint[] saved = new Complaint[1];
        d.onSave(f -> saved[0] = complaints.register(site.session().actor(), new ComplaintDraft(f.choice("channel"),
                f.choice("category"), f.choice("unitId"), f.choice("subject"), f.choice("staffId"),
                Strings.blankToNull(f.text("windowNo")), f.choice("sectionId"), Strings.blankToNull(f.text("complainantName")),
                Strings.blankToNull(f.text("complainantContact")), f.text("content"),
                EvalTexts.date("receivedDate", f.text("receivedDate"), false))));
        if (d.open() == FormDialog.OK) {
            site.status(t.t("已登记投诉 #", "Complaint registered: #") + saved[0].id());
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
        FormDialog d = new FormDialog(site, "核实投诉", "Verify the complaint", "投诉 #" + c.id() + "：" + c.content(),
                "Complaint #" + c.id() + ": " + c.content())
                .choice("upheld", "是否属实", "Upheld", List.of(new Choice<Boolean>(null, t.t("（请选择）", "(choose)")),
                        new Choice<>(Boolean.TRUE, t.t("属实", "Upheld")), new Choice<>(Boolean.FALSE, t.t("不属实", "Not upheld"))), null)
                .multiline("findings", "核实情况", "Findings", "");
        d.onSave(f -> step("upheld", () -> complaints.verify(site.session().actor(), c.id(),
                new ComplaintVerification(f.choice("upheld"), f.text("findings")))));
        if (d.open() == FormDialog.OK) {
            site.status(t.t("已核实", "Verified"));
            reload();
            select(c.id());
        }
    }

    /** 答复: what the complainant was told. */
    public void replyDialog(Complaint c) {
        if (c == null) {
            return;
        }
        FormDialog d = new FormDialog(site, "答复投诉", "Reply to the complaint",
                "投诉 #" + c.id() + "，答复期限 " + c.replyDue(), "Complaint #" + c.id() + ", reply by " + c.replyDue())
                .multiline("text", "答复内容", "Reply", "");
        d.onSave(f -> step("text", () -> complaints.reply(site.session().actor(), c.id(), new ComplaintReply(f.text("text")))));
        if (d.open() == FormDialog.OK) {
            site.status(t.t("已答复", "Replied"));
            reload();
            select(c.id());
        }
    }

    /** Runs a step; a step out of order (409) is shown beside {@code field} with the service's message. */
    private static void step(String field, Runnable action) {
        try {
            action.run();
        } catch (XingfengException e) {
            if (e.status() == 409) {
                throw new ValidationException(field, e.getMessage());
            }
            throw e;
        }
    }

    @Override
    public void setFocus() {
        table.filterBox().setFocus();
    }
}
