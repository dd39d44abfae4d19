package org.xingfeng.evaluations.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.evaluations.api.complaints.Complaint;
import org.xingfeng.evaluations.api.complaints.ComplaintCategory;
import org.xingfeng.evaluations.api.complaints.ComplaintChannel;
import org.xingfeng.evaluations.api.complaints.ComplaintDraft;
import org.xingfeng.evaluations.api.complaints.ComplaintQuery;
import org.xingfeng.evaluations.api.complaints.ComplaintService;
import org.xingfeng.evaluations.api.complaints.ComplaintState;
import org.xingfeng.evaluations.api.complaints.ComplaintSubject;
import org.xingfeng.evaluations.api.complaints.ComplaintVerification;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.ui.testing.ViewTestSupport;
import org.xingfeng.platform.ui.widgets.FormDialog;

/** 投诉: registered, verified and replied to through the dialogs, in order; overdue flagged; the 通报批评 list. */
class ComplaintsViewIT extends ViewTestSupport {

    static ComplaintService complaints;
    static OrgService org;
    static EvalFixture f;
    static LocalDate today;

    @BeforeAll
    static void data() throws Exception {
        complaints = service(ComplaintService.class);
        org = service(OrgService.class);
        today = time.today();
        f = EvalFixture.create(org, admin, EvalFixture.tag("CP"));
    }

    private ComplaintsView openView() {
        Composite parent = open();
        ComplaintsView view = new ComplaintsView(parent, site, complaints, org);
        view.setFilters(f.countyA.id(), null, false, null);
        view.reload();
        return view;
    }

    private int count() {
        return (int) complaints.complaints(admin, new ComplaintQuery(f.countyA.id(), null, null, null, null),
                PageRequest.ALL).total();
    }

    @Test
    void aComplaintIsRegisteredVerifiedAndRepliedToInOrder() throws Exception {
        ComplaintsView view = openView();
        int before = count();
        String[] errors = new String[2];
        withDialog(FormDialog.class, d -> {
            d.select("unitId", f.countyA.id());
            d.select("channel", ComplaintChannel.WINDOW);
            d.select("category", ComplaintCategory.ATTITUDE);
            d.select("subject", ComplaintSubject.STAFF);
            d.select("staffId", f.w1.id());
            d.setText("complainantName", "赵先生");
            d.setText("complainantContact", "13900000000");
            d.setText("receivedDate", today.plusDays(3).toString());
            d.submit();
            errors[0] = d.error("content");
            errors[1] = d.error("receivedDate");
            d.setText("content", "窗口人员态度生硬，不耐烦解释报销材料");
            d.setText("receivedDate", today.toString());
            d.submit();
        }, view::registerDialog);
        assertTrue(errors[0].startsWith("投诉内容必填"), errors[0]);
        assertTrue(errors[1].startsWith("收到日期不能晚于今天"), errors[1]);
        assertEquals(before + 1, count(), "the refused save stored nothing, the second one complaint");
        Complaint c = view.table().selected();
        assertEquals(f.w1.id(), c.staffId());
        assertEquals(ComplaintState.REGISTERED, c.state());
        List<String> row = shown(view.table()).stream().filter(r -> r.get(0).equals(String.valueOf(c.id()))).findFirst()
                .orElseThrow();
        assertEquals(List.of(today.toString(), f.countyA.name(), "窗口", "服务态度", "工作人员：" + f.w1.staffNumber() + " 王芳"),
                row.subList(1, 6));
        assertEquals(c.replyDue().toString(), row.get(8));

        // reply before verifying: the service's message beside the reply, nothing changed
        String[] refused = new String[1];
        withDialog(FormDialog.class, d -> {
            d.setText("text", "已处理");
            d.submit();
            refused[0] = d.error("text");
            d.close();
        }, () -> view.replyDialog(c));
        assertTrue(refused[0].contains("当前应办理的步骤是核实"), refused[0]);
        assertEquals(ComplaintState.REGISTERED, complaints.complaint(admin, c.id()).orElseThrow().state());

        String[] noChoice = new String[1];
        withDialog(FormDialog.class, d -> {
            d.setText("findings", "调取录像，属实");
            d.submit();
            noChoice[0] = d.error("upheld");
            d.select("upheld", Boolean.TRUE);
            d.submit();
        }, () -> view.verifyDialog(c));
        assertTrue(noChoice[0].startsWith("须说明投诉是否属实"), noChoice[0]);
        Complaint verified = complaints.complaint(admin, c.id()).orElseThrow();
        assertEquals(ComplaintState.VERIFIED, verified.state());
        assertEquals(Boolean.TRUE, verified.upheld());

        withDialog(FormDialog.class, d -> {
            d.setText("text", "已对该工作人员批评教育，并向您致歉");
            d.submit();
        }, () -> view.replyDialog(verified));
        Complaint replied = complaints.complaint(admin, c.id()).orElseThrow();
        assertEquals(ComplaintState.REPLIED, replied.state());
        assertEquals("admin", replied.repliedBy());
        List<String> after = shown(view.table()).stream().filter(r -> r.get(0).equals(String.valueOf(c.id())))
                .findFirst()
                .orElseThrow();
        assertEquals(List.of("已答复", c.replyDue().toString(), "", "属实", "调取录像，属实", "已对该工作人员批评教育，并向您致歉"),
                after.subList(7, 13));
        assertExportMatches(view.table());
        assertNoErrors(site);
    }

    @Test
    void anOldUnrepliedComplaintIsFlaggedOverdueAndRepeatedUpheldOnesBringCriticism() throws Exception {
        LocalDate old = today.minusDays(30);
        int year = old.getYear();
        Complaint late = complaints.register(admin,
                new ComplaintDraft(ComplaintChannel.HOTLINE, ComplaintCategory.POLICY_ANSWER,
                        f.countyA.id(), ComplaintSubject.STAFF, f.w2.id(), null, null, null, null, "政策解答错误，多跑了两趟",
                        old));
        Complaint second = complaints.register(admin,
                new ComplaintDraft(ComplaintChannel.LETTER, ComplaintCategory.ATTITUDE,
                        f.countyA.id(), ComplaintSubject.STAFF, f.w2.id(), null, null, "钱女士", null, "态度不好", old));
        complaints.verify(admin, late.id(), new ComplaintVerification(true, "属实"));
        complaints.verify(admin, second.id(), new ComplaintVerification(true, "属实"));

        ComplaintsView view = openView();
        view.setFilters(f.countyA.id(), null, true, null);
        view.reload();
        List<String> row = shown(view.table()).stream().filter(r -> r.get(0).equals(String.valueOf(late.id())))
                .findFirst()
                .orElseThrow();
        assertEquals("超期", row.get(9));
        assertTrue(view.table().rows().stream().allMatch(Complaint::overdue));
        assertTrue(view.table().rows().stream().anyMatch(c -> c.id() == second.id()));
        view.setFilters(f.countyA.id(), ComplaintState.REPLIED, true, null);
        view.reload();
        assertTrue(view.table().rows().isEmpty(), "none of them replied");

        view.setCriticismYear(year);
        view.loadCriticism();
        List<String> notice = shown(view.criticismTable()).stream().filter(r -> r.get(0).equals(f.w2.staffNumber()))
                .findFirst().orElseThrow();
        assertEquals(List.of(f.w2.staffNumber(), "李强", f.countyA.name(), String.valueOf(year), "2"),
                notice.subList(0, 5));
        assertExportMatches(view.criticismTable());
        view.control().setSelection(1);
        screenshot("complaints-criticism");
        view.control().setSelection(0);
        screenshot("complaints");
        assertNoErrors(site);
    }
}
