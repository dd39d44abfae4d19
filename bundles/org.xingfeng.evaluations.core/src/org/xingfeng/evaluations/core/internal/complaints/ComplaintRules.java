package org.xingfeng.evaluations.core.internal.complaints;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.xingfeng.evaluations.api.complaints.ComplaintDraft;
import org.xingfeng.evaluations.api.complaints.ComplaintReply;
import org.xingfeng.evaluations.api.complaints.ComplaintState;
import org.xingfeng.evaluations.api.complaints.ComplaintStep;
import org.xingfeng.evaluations.api.complaints.ComplaintSubject;
import org.xingfeng.evaluations.api.complaints.ComplaintVerification;
import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.Strings;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.XingfengException;

/** The complaint rules that need no database: the fields' form, the order of the steps, when one is overdue. */
final class ComplaintRules {

    static final int CONTENT_MAX = 4000;
    static final int NAME_MAX = 100;
    static final int WINDOW_MAX = 20;
    static final int FINDINGS_MAX = 2000;
    static final int REPLY_MAX = 4000;
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private ComplaintRules() {
    }

    /** What is wrong with a draft on its face (the org tree is checked by the service). */
    static List<FieldError> check(ComplaintDraft d, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (d == null) {
            errors.add(FieldError.of("body", "缺少投诉内容 (the request has no body)"));
            return errors;
        }
        if (d.channel() == null) {
            errors.add(FieldError.of("channel", "投诉渠道必填 (channel is required)"));
        }
        if (d.category() == null) {
            errors.add(FieldError.of("category", "投诉类别必填 (category is required)"));
        }
        if (d.unitId() == null) {
            errors.add(FieldError.of("unitId", "被投诉单位必填 (unitId is required)"));
        }
        if (d.subject() == null) {
            errors.add(FieldError.of("subject", "投诉对象类型必填：STAFF、WINDOW 或 SECTION (subject is required)"));
        } else if (d.subject() == ComplaintSubject.STAFF && d.staffId() == null) {
            errors.add(FieldError.of("staffId", "投诉对象为工作人员时须填写 staffId (staffId is required for a staff subject)"));
        } else if (d.subject() == ComplaintSubject.WINDOW && Strings.blank(d.windowNo())) {
            errors.add(FieldError.of("windowNo", "投诉对象为窗口时须填写窗口号 (windowNo is required for a window subject)"));
        } else if (d.subject() == ComplaintSubject.SECTION && d.sectionId() == null) {
            errors.add(FieldError.of("sectionId", "投诉对象为科室时须填写 sectionId (sectionId is required for a section subject)"));
        }
        if (d.windowNo() != null && d.windowNo().strip().length() > WINDOW_MAX) {
            errors.add(FieldError.of("windowNo", "窗口号最长 " + WINDOW_MAX + " 个字符 (windowNo is too long)"));
        }
        if (d.complainantName() != null && d.complainantName().strip().length() > NAME_MAX) {
            errors.add(FieldError.of("complainantName", "投诉人姓名最长 " + NAME_MAX + " 个字符 (name is too long)"));
        }
        if (d.complainantContact() != null && d.complainantContact().strip().length() > NAME_MAX) {
            errors.add(FieldError.of("complainantContact", "联系方式最长 " + NAME_MAX + " 个字符 (contact is too long)"));
        }
        if (Strings.blank(d.content())) {
            errors.add(FieldError.of("content", "投诉内容必填 (content is required)"));
        } else if (d.content().strip().length() > CONTENT_MAX) {
            errors.add(FieldError.of("content", "投诉内容最长 " + CONTENT_MAX + " 个字符 (content is too long)"));
        }
        if (d.receivedDate() == null) {
            errors.add(FieldError.of("receivedDate", "收到日期必填 (receivedDate is required)"));
        } else if (d.receivedDate().isAfter(today)) {
            errors.add(FieldError.of("receivedDate", "收到日期不能晚于今天 (receivedDate lies in the future)"));
        } else if (d.receivedDate().isBefore(EARLIEST)) {
            errors.add(FieldError.of("receivedDate", "收到日期过早 (receivedDate is before 2000)"));
        }
        return errors;
    }

    static List<FieldError> check(ComplaintVerification v) {
        List<FieldError> errors = new ArrayList<>();
        if (v == null || v.upheld() == null) {
            errors.add(FieldError.of("upheld", "须说明投诉是否属实 upheld=true/false (upheld is required)"));
        }
        if (v == null || Strings.blank(v.findings())) {
            errors.add(FieldError.of("findings", "核实情况必填 (findings are required)"));
        } else if (v.findings().strip().length() > FINDINGS_MAX) {
            errors.add(FieldError.of("findings", "核实情况最长 " + FINDINGS_MAX + " 个字符 (findings are too long)"));
        }
        return errors;
    }

    static List<FieldError> check(ComplaintReply r) {
        if (r == null || Strings.blank(r.text())) {
            return List.of(FieldError.of("text", "答复内容必填 (reply text is required)"));
        }
        if (r.text().strip().length() > REPLY_MAX) {
            return List.of(FieldError.of("text", "答复内容最长 " + REPLY_MAX + " 个字符 (reply text is too long)"));
        }
        return List.of();
    }

    static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors.get(0).message(), errors);
        }
    }

    /** Throws 409 {@code step_out_of_order}, naming the step due, unless {@code step} is the step due in {@code state}. */
    static void requireDue(ComplaintState state, ComplaintStep step) {
        ComplaintStep due = state.due();
        if (due == step) {
            return;
        }
        String message = due == null
                ? "投诉已答复办结，不能再" + step.nameZh() + " (the complaint is replied to and closed; no step is due)"
                : "步骤顺序不对：该投诉" + state.nameZh() + "，当前应办理的步骤是" + due.nameZh() + " (step out of order: the step due is "
                        + due.name().toLowerCase() + ")";
        throw new XingfengException(409, "step_out_of_order", message,
                List.of(FieldError.of("due", due == null ? "none" : due.name())));
    }

    /**
     * 超期: the deadline passed without a reply. Not replied and today is after the due day, or replied on a day
     * after it. The due day itself is still in time.
     */
    static boolean overdue(LocalDate replyDue, LocalDate repliedOn, LocalDate today) {
        return repliedOn == null ? today.isAfter(replyDue) : repliedOn.isAfter(replyDue);
    }

    static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
