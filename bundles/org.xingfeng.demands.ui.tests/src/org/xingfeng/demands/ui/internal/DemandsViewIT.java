package org.xingfeng.demands.ui.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.eclipse.swt.widgets.Composite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.demands.api.DemandsRoles;
import org.xingfeng.demands.api.demands.Demand;
import org.xingfeng.demands.api.demands.DemandAction;
import org.xingfeng.demands.api.demands.DemandCategory;
import org.xingfeng.demands.api.demands.DemandChannel;
import org.xingfeng.demands.api.demands.DemandDraft;
import org.xingfeng.demands.api.demands.DemandService;
import org.xingfeng.demands.api.demands.DemandState;
import org.xingfeng.demands.api.demands.DemandStep;
import org.xingfeng.demands.api.demands.StepText;
import org.xingfeng.demands.api.supervision.BoardEntry;
import org.xingfeng.demands.api.supervision.DemandFigure;
import org.xingfeng.demands.api.supervision.FigureDimension;
import org.xingfeng.demands.api.supervision.SupervisionService;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.Reach;
import org.xingfeng.platform.api.org.OrgLevel;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.org.OrgUnitDraft;
import org.xingfeng.platform.api.org.Section;
import org.xingfeng.platform.ui.testing.ViewTestSupport;
import org.xingfeng.platform.ui.widgets.FormDialog;

/**
 * 民生诉求 and 督办与统计 in SWT on the real services: intake through the dialog (a bad field shown beside it, nothing
 * stored), every next step through the dialog fitted to the state, the history, a stale step refused beside its field,
 * my tasks, the board and the figures.
 */
class DemandsViewIT extends ViewTestSupport {

    static DemandService demands;
    static SupervisionService supervision;
    static OrgService org;
    static OrgUnit county;
    static Section office;
    static Section finance;

    @BeforeAll
    static void data() throws Exception {
        demands = service(DemandService.class);
        supervision = service(SupervisionService.class);
        org = service(OrgService.class);
        String tag = "DV" + System.nanoTime() % 100000;
        county = org.createUnit(admin, new OrgUnitDraft(null, tag, tag + "县医疗保障局", OrgLevel.COUNTY));
        office = org.createSection(admin, county.id(), "办公室");
        finance = org.createSection(admin, county.id(), "基金财务股");
    }

    private DemandsView openView() {
        Composite parent = open();
        DemandsView view = new DemandsView(parent, site, demands, org);
        view.setFilters(county.id(), null, false);
        view.reload();
        settle(300);
        return view;
    }

    private Demand current(long id) {
        return demands.demand(admin, id).orElseThrow();
    }

    @Test
    void aDemandIsRegisteredAndTakenThroughEveryStepInTheView() throws Exception {
        assertNotNull(contribution("demands.demands"));
        assertNotNull(contribution("demands.supervision"));
        DemandsView view = openView();
        String[] error = new String[1];
        withDialog(FormDialog.class, d -> {
            d.select("unitId", county.id());
            d.select("channel", DemandChannel.MAILBOX);
            d.select("category", DemandCategory.COMPLAINT);
            d.setText("text", "报销材料反复补交，窗口未一次性告知");
            d.setText("citizenName", "赵先生");
            d.setText("citizenPhone", "13900001111");
            d.submit();
            error[0] = d.error("topic");
            d.setText("topic", "未一次性告知");
            d.submit();
        }, view::registerDialog);
        assertTrue(error[0].startsWith("必填"), error[0]);
        Demand d = view.table().selected();
        assertEquals(DemandState.REGISTERED, d.state());
        assertEquals("未一次性告知", d.topic());
        long id = d.id();

        withDialog(FormDialog.class, f -> {
            f.setText("text", "请分管领导牵头，五个工作日内答复");
            f.submit();
        }, () -> view.stepDialog(current(id)));
        withDialog(FormDialog.class, f -> {
            f.select("leadSectionId", office.id());
            f.setCheckedValues("handlingSectionIds", Set.of(String.valueOf(finance.id())));
            f.submit();
        }, () -> view.stepDialog(current(id)));
        assertEquals(List.of(finance.id()), current(id).handlingSectionIds());
        withDialog(FormDialog.class, f -> {
            f.setText("text", "已核实，责成窗口整改");
            f.submit();
        }, () -> view.stepDialog(current(id)));
        withDialog(FormDialog.class, f -> {
            f.select("approved", Boolean.TRUE);
            f.submit();
        }, () -> view.stepDialog(current(id)));
        String[] reply = new String[1];
        withDialog(FormDialog.class, f -> {
            reply[0] = f.text("text");
            f.submit();
        }, () -> view.stepDialog(current(id)));
        assertTrue(reply[0].contains("未一次性告知"), "the reply starts from the category's template: " + reply[0]);
        withDialog(FormDialog.class, f -> {
            f.select("satisfied", Boolean.TRUE);
            f.submit();
        }, () -> view.stepDialog(current(id)));
        withDialog(FormDialog.class, FormDialog::submit, () -> view.stepDialog(current(id)));
        assertEquals(DemandState.CLOSED, current(id).state());

        view.reload();
        settle(300);
        view.table().rows().stream().filter(x -> x.id() == id).findFirst().ifPresent(view.table()::select);
        settle(500);
        List<DemandStep> steps = view.history().rows();
        assertEquals(List.of(DemandAction.REGISTER, DemandAction.INSTRUCT, DemandAction.ASSIGN, DemandAction.HANDLE,
                DemandAction.REVIEW, DemandAction.REPLY, DemandAction.RATE, DemandAction.CLOSE),
                steps.stream().map(DemandStep::action).toList());
        assertEquals("请分管领导牵头，五个工作日内答复", steps.get(1).text());
        assertEquals(8, shown(view.history()).size());
        screenshot("demands");
    }

    @Test
    void theDemandsAndItsStepsAttachmentsAreListedUploadedAndRead() throws Exception {
        Demand d = demands.register(admin, new DemandDraft(DemandChannel.LETTER, county.id(), null, null, null,
                "来信附照片", DemandCategory.HELP, "小区路灯损坏，附现场照片",
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")), null, null));
        DemandsView view = openView();
        view.table().rows().stream().filter(x -> x.id() == d.id()).findFirst().ifPresent(view.table()::select);
        settle(500);
        byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D };
        view.attach("现场照片.png", png); // the demand's own: no step selected
        settle(500);
        view.history().select(view.history().rows().get(0));
        view.attach("登记表.pdf", "%PDF-1.4\n登记".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        settle(500);
        List<org.xingfeng.platform.api.files.StoredFile> files = view.attachments().rows();
        assertEquals(List.of("现场照片.png", "登记表.pdf"), files.stream().map(f -> f.name()).toList());
        assertEquals(List.of("demand", "step"), files.stream().map(f -> f.kind()).toList());
        assertEquals(2, shown(view.attachments()).size());
        view.attachments().select(files.get(0));
        assertArrayEquals(png, view.selectedAttachment());
        screenshot("demands-attachments");
    }

    @Test
    void aStaleStepIsRefusedBesideItsFieldAndMyTasksFollowTheRoles() throws Exception {
        LocalDate today = time.today();
        Demand d = demands.register(admin, new DemandDraft(DemandChannel.WALK_IN, county.id(), null, null, null, "来访咨询",
                DemandCategory.CONSULTATION, "咨询门诊慢特病申报", today, null, null));
        DemandsView view = openView();
        demands.instruct(admin, d.id(), new StepText("阅"));
        String[] refused = new String[1];
        withDialog(FormDialog.class, f -> {
            f.setText("text", "再次阅示");
            f.submit();
            refused[0] = f.error("text");
            f.close();
        }, () -> view.stepDialog(d));
        assertTrue(refused[0].contains("已阅示"), refused[0]);
        assertEquals(DemandState.INSTRUCTED, current(d.id()).state());

        Actor head = new Actor(99, "head", Set.of(DemandsRoles.HEAD), Reach.EVERYWHERE);
        Actor coordinator = new Actor(98, "coord", Set.of(DemandsRoles.COORDINATOR), Reach.EVERYWHERE);
        Demand instructed = current(d.id());
        assertTrue(DemandsView.mine(coordinator, instructed));
        assertTrue(!DemandsView.mine(head, instructed));
        view.setFilters(county.id(), null, true);
        view.reload();
        settle(300);
        assertTrue(view.table().rows().stream().anyMatch(x -> x.id() == d.id()), "the administrator's tasks");
    }

    @Test
    void theBoardAndTheFigures() throws Exception {
        Demand late = demands.register(admin, new DemandDraft(DemandChannel.LETTER, county.id(), null, null, null,
                "长期未答复", DemandCategory.HELP, "来信求助", LocalDate.of(2026, 1, 5), null, null));
        Composite parent = open();
        SupervisionView view = new SupervisionView(parent, site, supervision, org);
        view.setFilters(county.id(), FigureDimension.CATEGORY, "2026-01-01", time.today().toString());
        view.reload();
        view.loadFigures();
        settle(500);
        BoardEntry entry = view.board().rows().stream().filter(b -> b.demandId() == late.id()).findFirst()
                .orElseThrow();
        assertTrue(entry.workingDaysOverdue() > 5, entry.toString());
        List<List<String>> board = shown(view.board());
        assertTrue(board.stream().anyMatch(r -> r.contains("应通报")), board.toString());
        List<DemandFigure> figures = view.figures().rows();
        DemandFigure total = figures.get(figures.size() - 1);
        assertEquals("total", total.key());
        assertTrue(total.total() >= 1, total.toString());
        screenshot("demands-supervision");
    }
}
