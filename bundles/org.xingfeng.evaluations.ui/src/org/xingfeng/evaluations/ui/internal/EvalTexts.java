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
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.Choice;
import org.xingfeng.platform.ui.widgets.Texts;

/** The evaluations module's words from the module's message properties, the roles its views check, and small input readers. */
final class EvalTexts {

    /** The module's client texts ({@code OSGI-INF/l10n/messages*.properties}), for errors and titles. */
    static final Messages MESSAGES = Messages.of(EvalTexts.class);

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
        return l == null ? "" : t.get("level." + l.name());
    }

    static String channel(Texts t, Channel c) {
        return c == null ? "" : t.get("channel." + c.name());
    }

    static String appeal(Texts t, AppealState s) {
        return s == null ? "" : t.get("appealState." + s.name());
    }

    static String reason(Texts t, AppealReason r) {
        return r == null ? "" : t.get("appealReason." + r.name());
    }

    static String caseState(Texts t, CaseState s) {
        return s == null ? "" : t.get("caseState." + s.name());
    }

    static String step(Texts t, CaseStep s) {
        return s == null ? "" : t.get("caseStep." + s.name());
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
        return t.get("dimension." + d.name());
    }

    static String granularity(Texts t, Granularity g) {
        return switch (g) {
            case DAY -> t.get("enum.day");
            case MONTH -> t.get("enum.month");
            case QUARTER -> t.get("enum.quarter");
            case YEAR -> t.get("enum.year");
        };
    }

    static String complaintState(Texts t, ComplaintState s) {
        return s == null ? "" : t.get("complaintState." + s.name());
    }

    static String complaintChannel(Texts t, ComplaintChannel c) {
        return c == null ? "" : t.get("complaintChannel." + c.name());
    }

    static String category(Texts t, ComplaintCategory c) {
        return c == null ? "" : t.get("complaintCategory." + c.name());
    }

    static String subject(Texts t, ComplaintSubject s) {
        return s == null ? "" : t.get("complaintSubject." + s.name());
    }

    static String group(Texts t, RaterGroup g) {
        return g == null ? "" : t.get("raterGroup." + g.name());
    }

    static String taskStatus(Texts t, TaskStatus s) {
        return s == null ? "" : t.get("taskStatus." + s.name());
    }

    static String source(Texts t, TaskSource s) {
        return s == null ? "" : t.get("taskSource." + s.name());
    }

    static String yesNo(Texts t, boolean b) {
        return b ? t.get("enum.yes") : t.get("enum.no");
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
            out.add(new Choice<>(null, t.get("enum.allUnits")));
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
            throw new ValidationException(field, MESSAGES.text("error.dateRequired"));
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, MESSAGES.text("error.dateYyyyMmDd", s));
        }
    }
}
