package org.xingfeng.windows.core.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.evaluations.api.AppealState;
import org.xingfeng.evaluations.api.CaseQuery;
import org.xingfeng.evaluations.api.Evaluation;
import org.xingfeng.evaluations.api.EvaluationCase;
import org.xingfeng.evaluations.api.EvaluationCases;
import org.xingfeng.evaluations.api.EvaluationQuery;
import org.xingfeng.evaluations.api.EvaluationService;
import org.xingfeng.evaluations.api.complaints.Complaint;
import org.xingfeng.evaluations.api.complaints.ComplaintQuery;
import org.xingfeng.evaluations.api.complaints.ComplaintService;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.time.BureauTime;

/**
 * The stars' bridge to the evaluations module: active only while its services are there (the package imports are
 * optional). Reads as the system: the star service has already checked the caller's roles and reach.
 */
@Component(service = EvaluationFigures.class)
public class EvaluationsStarsLink implements EvaluationFigures {

    private final EvaluationService evaluations;
    private final EvaluationCases cases;
    private final ComplaintService complaints;
    private final BureauTime time;

    @Activate
    public EvaluationsStarsLink(@Reference EvaluationService evaluations, @Reference EvaluationCases cases,
            @Reference ComplaintService complaints, @Reference BureauTime time) {
        this.evaluations = evaluations;
        this.cases = cases;
        this.complaints = complaints;
        this.time = time;
    }

    private static final class Tally {
        int satisfied;
        int evaluated;
        int bad;
        int badOnTime;
        int upheld;

        Counts counts() {
            return new Counts(satisfied, evaluated, bad, badOnTime, upheld);
        }
    }

    @Override
    public Figures figures(LocalDate from, LocalDate to) {
        Map<Long, EvaluationCase> caseOf = new HashMap<>();
        for (EvaluationCase c : cases.cases(Actor.SYSTEM, new CaseQuery(null, null, false, false, from, null),
                PageRequest.EXPORT).items()) {
            caseOf.put(c.evaluationId(), c);
        }
        Map<String, Tally> windows = new HashMap<>();
        Map<Long, Tally> staff = new HashMap<>();
        ZoneId zone = time.zone();
        for (Evaluation e : evaluations.evaluations(Actor.SYSTEM,
                new EvaluationQuery(null, from, to, null, false, null, null, null, null, null, null),
                PageRequest.EXPORT)
                .items()) {
            if (e.appeal() == AppealState.UPHELD) {
                continue; // left out of the figures, as the satisfaction reports do
            }
            LocalDate day = e.createdAt().atZone(zone).toLocalDate();
            if (day.isBefore(from) || day.isAfter(to)) {
                continue;
            }
            EvaluationCase c = caseOf.get(e.id());
            boolean bad = e.level().score() <= 2;
            boolean onTime = c != null && c.closedOn() != null && !c.overdue();
            Function<Tally, Tally> add = t -> {
                t.evaluated++;
                if (!bad) {
                    t.satisfied++;
                } else {
                    t.bad++;
                    if (onTime) {
                        t.badOnTime++;
                    }
                }
                return t;
            };
            if (e.windowNo() != null && !e.windowNo().isBlank()) {
                add.apply(windows.computeIfAbsent(EvaluationFigures.windowKey(e.unitId(), e.windowNo()),
                        k -> new Tally()));
            }
            if (e.staffId() != null) {
                add.apply(staff.computeIfAbsent(e.staffId(), k -> new Tally()));
            }
        }
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            for (Complaint c : complaints.complaints(Actor.SYSTEM, new ComplaintQuery(null, null, null, year, null),
                    PageRequest.EXPORT).items()) {
                if (!Boolean.TRUE.equals(c.upheld()) || c.receivedDate().isBefore(from)
                        || c.receivedDate().isAfter(to)) {
                    continue;
                }
                if (c.windowNo() != null && !c.windowNo().isBlank()) {
                    windows.computeIfAbsent(EvaluationFigures.windowKey(c.unitId(), c.windowNo()),
                            k -> new Tally()).upheld++;
                }
                if (c.staffId() != null) {
                    staff.computeIfAbsent(c.staffId(), k -> new Tally()).upheld++;
                }
            }
        }
        Map<String, Counts> w = new HashMap<>();
        windows.forEach((k, t) -> w.put(k, t.counts()));
        Map<Long, Counts> s = new HashMap<>();
        staff.forEach((k, t) -> s.put(k, t.counts()));
        return new Figures(w, s);
    }
}
