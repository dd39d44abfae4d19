package org.xingfeng.training.core.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.evaluations.api.AppealState;
import org.xingfeng.evaluations.api.Channel;
import org.xingfeng.evaluations.api.Evaluation;
import org.xingfeng.evaluations.api.EvaluationQuery;
import org.xingfeng.evaluations.api.EvaluationService;
import org.xingfeng.evaluations.api.Indicator;
import org.xingfeng.evaluations.api.complaints.Complaint;
import org.xingfeng.evaluations.api.complaints.ComplaintQuery;
import org.xingfeng.evaluations.api.complaints.ComplaintService;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.Page;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.time.BureauTime;

/**
 * The bridge to the evaluations module: active only while its service is there (the package imports are optional).
 * The evaluations service checks the reader's reach itself.
 */
@Component(service = EvaluationsBridge.class)
public class EvaluationsLink implements EvaluationsBridge {

    private final EvaluationService evaluations;
    private final ComplaintService complaints;
    private final BureauTime time;

    @Activate
    public EvaluationsLink(@Reference EvaluationService evaluations, @Reference ComplaintService complaints,
            @Reference BureauTime time) {
        this.evaluations = evaluations;
        this.complaints = complaints;
        this.time = time;
    }

    @Override
    public List<NeedRules.Complaint> upheldComplaints(Actor reader, Long unitId, LocalDate from, LocalDate to) {
        ComplaintQuery q = new ComplaintQuery(unitId, null, null, null, null);
        ZoneId zone = time.zone();
        List<NeedRules.Complaint> out = new ArrayList<>();
        for (int page = 0; page * PageRequest.MAX_SIZE < PageRequest.EXPORT_MAX; page++) {
            Page<Complaint> p = complaints.complaints(reader, q, new PageRequest(page, PageRequest.MAX_SIZE));
            for (Complaint c : p.items()) { // newest received first: done once before the period
                if (c.receivedDate().isBefore(from)) {
                    return out;
                }
                if (!c.receivedDate().isAfter(to) && Boolean.TRUE.equals(c.upheld()) && c.staffId() != null
                        && c.verifiedAt() != null) {
                    out.add(new NeedRules.Complaint(c.staffId(), c.receivedDate(),
                            c.verifiedAt().atZone(zone).toLocalDate(), c.category().name(), c.category().nameZh()));
                }
            }
            if (p.items().size() < PageRequest.MAX_SIZE) {
                break;
            }
        }
        return out;
    }

    @Override
    public List<NeedRules.Review> reviews(Actor reader, Long unitId, LocalDate from, LocalDate to) {
        EvaluationQuery q = new EvaluationQuery(unitId, from, to, null, false, null, null, null, null, null, null);
        ZoneId zone = time.zone();
        List<NeedRules.Review> out = new ArrayList<>();
        for (int page = 0; page * PageRequest.MAX_SIZE < PageRequest.EXPORT_MAX; page++) {
            Page<Evaluation> p = evaluations.evaluations(reader, q, new PageRequest(page, PageRequest.MAX_SIZE));
            for (Evaluation e : p.items()) {
                if (e.staffId() != null) {
                    out.add(new NeedRules.Review(e.staffId(), e.createdAt().atZone(zone).toLocalDate(),
                            e.level().bad() && e.appeal() != AppealState.UPHELD, e.tags(), e.indicators()));
                }
            }
            if (p.items().size() < PageRequest.MAX_SIZE) {
                break;
            }
        }
        return out;
    }

    @Override
    public Map<String, String> indicatorNames() {
        Map<String, String> names = new HashMap<>();
        for (Channel c : Channel.values()) {
            for (Indicator i : evaluations.indicators(c)) {
                names.putIfAbsent(i.id(), i.nameZh());
            }
        }
        return names;
    }
}
