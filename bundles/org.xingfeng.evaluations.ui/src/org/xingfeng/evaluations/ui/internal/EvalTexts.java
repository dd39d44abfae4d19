package org.xingfeng.evaluations.ui.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.xingfeng.evaluations.api.AppealReason;
import org.xingfeng.evaluations.api.AppealState;
import org.xingfeng.evaluations.api.CaseState;
import org.xingfeng.evaluations.api.CaseStep;
import org.xingfeng.evaluations.api.Channel;
import org.xingfeng.evaluations.api.Dimension;
import org.xingfeng.evaluations.api.EvaluationCase;
import org.xingfeng.evaluations.api.EvaluationService;
import org.xingfeng.evaluations.api.Granularity;
import org.xingfeng.evaluations.api.Level;
import org.xingfeng.evaluations.api.complaints.ComplaintCategory;
import org.xingfeng.evaluations.api.complaints.ComplaintChannel;
import org.xingfeng.evaluations.api.complaints.ComplaintState;
import org.xingfeng.evaluations.api.complaints.ComplaintSubject;
import org.xingfeng.evaluations.api.scoring.RaterGroup;
import org.xingfeng.evaluations.api.tasks.TaskSource;
import org.xingfeng.evaluations.api.tasks.TaskStatus;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.Choice;
import org.xingfeng.platform.ui.widgets.Texts;

/** The evaluations module's words in both languages, the roles its views check, and small input readers. */
final class EvalTexts {

    static final String MODULE = "evaluations";
    static final String OFFICER = EvaluationService.OFFICER_ROLE;
    static final String REVIEWER = EvaluationService.REVIEWER_ROLE;

    private EvalTexts() {
    }

    static boolean officer(ViewSite site) {
        return site.session().actor().hasAnyRole(OFFICER, Roles.ADMIN);
    }

    static boolean reviewer(ViewSite site) {
        return site.session().actor().hasAnyRole(REVIEWER, Roles.ADMIN);
    }

    static String level(Texts t, Level l) {
        return l == null ? "" : t.t(l.nameZh(), switch (l) {
            case VERY_SATISFIED -> "Very satisfied";
            case SATISFIED -> "Satisfied";
            case BASICALLY_SATISFIED -> "Basically satisfied";
            case DISSATISFIED -> "Dissatisfied";
            case VERY_DISSATISFIED -> "Very dissatisfied";
        });
    }

    static String channel(Texts t, Channel c) {
        return c == null ? "" : t.t(c.nameZh(), switch (c) {
            case WINDOW_DEVICE -> "Window device";
            case WEB -> "Web / QR code";
            case PHONE -> "Phone / SMS";
            case CARD -> "Paper card";
            case HOTLINE -> "Hotline";
        });
    }

    static String appeal(Texts t, AppealState s) {
        return s == null ? "" : t.t(s.nameZh(), switch (s) {
            case NONE -> "None";
            case PENDING -> "Pending review";
            case UPHELD -> "Upheld";
            case REJECTED -> "Rejected";
        });
    }

    static String reason(Texts t, AppealReason r) {
        return r == null ? "" : t.t(r.nameZh(), r == AppealReason.MALICIOUS ? "Malicious" : "Unrelated to the service");
    }

    static String caseState(Texts t, CaseState s) {
        return s == null ? "" : t.t(s.nameZh(), switch (s) {
            case OPEN -> "Open";
            case VERIFIED -> "Verified";
            case CALLED_BACK -> "Called back";
            case RECTIFIED -> "Rectified";
            case FED_BACK -> "Fed back";
            case CLOSED -> "Closed";
        });
    }

    static String step(Texts t, CaseStep s) {
        return s == null ? "" : t.t(s.nameZh(), switch (s) {
            case VERIFY -> "Verify";
            case CALLBACK -> "Call back";
            case RECTIFY -> "Rectify";
            case FEEDBACK -> "Feed back";
            case CLOSE -> "Close";
        });
    }

    /**
     * The step a case is at, as the list shows it (核实 → 回访 → 整改 → 反馈 → 办结; an anonymous review skips 回访).
     * Only a hint for the form's default: the service decides and refuses a step out of order.
     */
    static CaseStep due(EvaluationCase c) {
        return switch (c.state()) {
            case OPEN -> CaseStep.VERIFY;
            case VERIFIED -> c.realName() ? CaseStep.CALLBACK : CaseStep.RECTIFY;
            case CALLED_BACK -> CaseStep.RECTIFY;
            case RECTIFIED -> CaseStep.FEEDBACK;
            case FED_BACK -> CaseStep.CLOSE;
            case CLOSED -> null;
        };
    }

    static String dimension(Texts t, Dimension d) {
        return t.t(d.nameZh(), switch (d) {
            case UNIT -> "Unit";
            case WINDOW -> "Window";
            case STAFF -> "Staff";
            case SECTION -> "Section";
            case MATTER -> "Matter";
        });
    }

    static String granularity(Texts t, Granularity g) {
        return switch (g) {
            case DAY -> t.t("按日", "By day");
            case MONTH -> t.t("按月", "By month");
            case QUARTER -> t.t("按季度", "By quarter");
            case YEAR -> t.t("按年", "By year");
        };
    }

    static String complaintState(Texts t, ComplaintState s) {
        return s == null ? "" : t.t(s.nameZh(), switch (s) {
            case REGISTERED -> "Registered";
            case VERIFIED -> "Verified";
            case REPLIED -> "Replied";
        });
    }

    static String complaintChannel(Texts t, ComplaintChannel c) {
        return c == null ? "" : t.t(c.nameZh(), switch (c) {
            case WINDOW -> "At the window";
            case HOTLINE -> "Hotline";
            case LETTER -> "Letter";
            case EMAIL -> "E-mail";
            case MAILBOX -> "Suggestion box";
            case ONLINE -> "Online";
        });
    }

    static String category(Texts t, ComplaintCategory c) {
        return c == null ? "" : t.t(c.nameZh(), switch (c) {
            case ATTITUDE -> "Attitude";
            case POLICY_ANSWER -> "Policy answers";
            case EFFICIENCY -> "Efficiency";
            case DISCIPLINE -> "Discipline";
            case OTHER -> "Other";
        });
    }

    static String subject(Texts t, ComplaintSubject s) {
        return s == null ? "" : t.t(s.nameZh(), switch (s) {
            case STAFF -> "Staff member";
            case WINDOW -> "Window";
            case SECTION -> "Section";
        });
    }

    static String group(Texts t, RaterGroup g) {
        return g == null ? "" : t.t(g.nameZh(), switch (g) {
            case LEADERSHIP -> "Leadership";
            case PEER_CHIEFS -> "Peer section chiefs";
            case COLLEAGUES -> "Colleagues";
            case PUBLIC -> "Public satisfaction";
        });
    }

    static String taskStatus(Texts t, TaskStatus s) {
        return s == null ? "" : t.t(s.nameZh(), switch (s) {
            case NOT_STARTED -> "Not started";
            case IN_PROGRESS -> "In progress";
            case COMPLETED -> "Completed";
            case CLOSED -> "Closed off";
        });
    }

    static String source(Texts t, TaskSource s) {
        return s == null ? "" : t.t(s.nameZh(), switch (s) {
            case SELF_CHECK -> "Self-check";
            case VISIT -> "Visit finding";
            case MANUAL -> "Entered by hand";
        });
    }

    static String yesNo(Texts t, boolean b) {
        return b ? t.t("是", "yes") : t.t("否", "no");
    }

    /** A rate in [0, 1] as a percentage with one decimal, "-" when there is none. */
    static String percent(Double rate) {
        return rate == null ? "-" : String.format("%.1f%%", rate * 100);
    }

    /**
     * The units in the actor's reach as choices, indented by depth, in code order; optionally with an "all" entry
     * first (all of the reach). The top of the reach (a unit whose parent is out of it) starts the tree.
     */
    static List<Choice<Long>> units(OrgService org, Actor actor, Texts t, boolean withAll) {
        List<OrgUnit> all = org.units(actor);
        java.util.Set<Long> ids = new java.util.HashSet<>();
        all.forEach(u -> ids.add(u.id()));
        Map<Long, List<OrgUnit>> byParent = new HashMap<>();
        for (OrgUnit u : all) {
            long parent = u.parentId() == null || !ids.contains(u.parentId()) ? 0L : u.parentId();
            byParent.computeIfAbsent(parent, k -> new ArrayList<>()).add(u);
        }
        byParent.values().forEach(l -> l.sort(Comparator.comparing(OrgUnit::code)));
        List<Choice<Long>> out = new ArrayList<>();
        if (withAll) {
            out.add(new Choice<>(null, t.t("（全部单位）", "(all units)")));
        }
        addUnits(byParent, 0L, 0, out);
        return out;
    }

    private static void addUnits(Map<Long, List<OrgUnit>> byParent, long parent, int depth, List<Choice<Long>> out) {
        for (OrgUnit u : byParent.getOrDefault(parent, List.of())) {
            out.add(new Choice<>(u.id(), "　".repeat(depth) + u.name()));
            addUnits(byParent, u.id(), depth + 1, out);
        }
    }

    /** Unit id to name, for the lists. */
    static Map<Long, String> unitNames(OrgService org, Actor actor) {
        Map<Long, String> names = new HashMap<>();
        org.units(actor).forEach(u -> names.put(u.id(), u.name()));
        return names;
    }

    /** A date typed as yyyy-MM-dd; blank gives null when {@code optional}. */
    static LocalDate date(String field, String text, boolean optional) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            if (optional) {
                return null;
            }
            throw new ValidationException(field, "日期必填 (a date is required)");
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "日期格式应为 yyyy-MM-dd，例如 2026-10-01 (date must be yyyy-MM-dd): " + s);
        }
    }
}
