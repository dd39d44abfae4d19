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
import org.xingfeng.evaluations.core.internal.EnumNames;
import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.Strings;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.XingfengException;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.i18n.Text;

/** The complaint rules that need no database: the fields' form, the order of the steps, when one is overdue. */
final class ComplaintRules {

    static final Messages MESSAGES = Messages.of(ComplaintRules.class);

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
            errors.add(FieldError.of("body", MESSAGES.text("complaintRules.request_no_body")));
            return errors;
        }
        if (d.channel() == null) {
            errors.add(FieldError.of("channel", MESSAGES.text("complaintRules.channel_required")));
        }
        if (d.category() == null) {
            errors.add(FieldError.of("category", MESSAGES.text("complaintRules.category_required")));
        }
        if (d.unitId() == null) {
            errors.add(FieldError.of("unitId", MESSAGES.text("complaintRules.unitid_required")));
        }
        if (d.subject() == null) {
            errors.add(FieldError.of("subject", MESSAGES.text("complaintRules.subject_required")));
        } else if (d.subject() == ComplaintSubject.STAFF && d.staffId() == null) {
            errors.add(FieldError.of("staffId", MESSAGES.text("complaintRules.staffid_required_staff_subject")));
        } else if (d.subject() == ComplaintSubject.WINDOW && Strings.blank(d.windowNo())) {
            errors.add(FieldError.of("windowNo", MESSAGES.text("complaintRules.windowno_required_window_subject")));
        } else if (d.subject() == ComplaintSubject.SECTION && d.sectionId() == null) {
            errors.add(FieldError.of("sectionId", MESSAGES.text("complaintRules.sectionid_required_section_subject")));
        }
        if (d.windowNo() != null && d.windowNo().strip().length() > WINDOW_MAX) {
            errors.add(FieldError.of("windowNo", MESSAGES.text("complaintRules.windowno_too_long", WINDOW_MAX)));
        }
        if (d.complainantName() != null && d.complainantName().strip().length() > NAME_MAX) {
            errors.add(FieldError.of("complainantName", MESSAGES.text("complaintRules.name_too_long", NAME_MAX)));
        }
        if (d.complainantContact() != null && d.complainantContact().strip().length() > NAME_MAX) {
            errors.add(FieldError.of("complainantContact", MESSAGES.text("complaintRules.contact_too_long", NAME_MAX)));
        }
        if (Strings.blank(d.content())) {
            errors.add(FieldError.of("content", MESSAGES.text("complaintRules.content_required")));
        } else if (d.content().strip().length() > CONTENT_MAX) {
            errors.add(FieldError.of("content", MESSAGES.text("complaintRules.content_too_long", CONTENT_MAX)));
        }
        if (d.receivedDate() == null) {
            errors.add(FieldError.of("receivedDate", MESSAGES.text("complaintRules.receiveddate_required")));
        } else if (d.receivedDate().isAfter(today)) {
            errors.add(FieldError.of("receivedDate", MESSAGES.text("complaintRules.receiveddate_lies_future")));
        } else if (d.receivedDate().isBefore(EARLIEST)) {
            errors.add(FieldError.of("receivedDate", MESSAGES.text("complaintRules.receiveddate_before_2000")));
        }
        return errors;
    }

    static List<FieldError> check(ComplaintVerification v) {
        List<FieldError> errors = new ArrayList<>();
        if (v == null || v.upheld() == null) {
            errors.add(FieldError.of("upheld", MESSAGES.text("complaintRules.upheld_required")));
        }
        if (v == null || Strings.blank(v.findings())) {
            errors.add(FieldError.of("findings", MESSAGES.text("complaintRules.findings_required")));
        } else if (v.findings().strip().length() > FINDINGS_MAX) {
            errors.add(FieldError.of("findings", MESSAGES.text("complaintRules.findings_too_long", FINDINGS_MAX)));
        }
        return errors;
    }

    static List<FieldError> check(ComplaintReply r) {
        if (r == null || Strings.blank(r.text())) {
            return List.of(FieldError.of("text", MESSAGES.text("complaintRules.reply_text_required")));
        }
        if (r.text().strip().length() > REPLY_MAX) {
            return List.of(FieldError.of("text", MESSAGES.text("complaintRules.reply_text_too_long", REPLY_MAX)));
        }
        return List.of();
    }

    static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ValidationException.of(errors);
        }
    }

    /** Throws 409 {@code step_out_of_order}, naming the step due, unless {@code step} is the step due in {@code state}. */
    static void requireDue(ComplaintState state, ComplaintStep step) {
        ComplaintStep due = state.due();
        if (due == step) {
            return;
        }
        Text message = due == null
                ? MESSAGES.text("complaintRules.complaint_replied_and_closed_no", EnumNames.of(step))
                : MESSAGES.text("complaintRules.step_out_order_step_due", EnumNames.of(state), EnumNames.of(due),
                        due.name().toLowerCase());
        throw new XingfengException(409, "step_out_of_order", message,
                List.of(new FieldError("due", 0, due == null ? "none" : due.name())));
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
