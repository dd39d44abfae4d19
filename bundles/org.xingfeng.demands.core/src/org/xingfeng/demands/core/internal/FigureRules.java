package org.xingfeng.demands.core.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.xingfeng.demands.api.supervision.DeadlineStatus;
import org.xingfeng.demands.api.supervision.DemandFigure;

/** On-time and satisfaction figures over demands already classified, without a database. */
final class FigureRules {

    /** What the figures need of one demand: its part (key and label), its deadline status and its satisfaction. */
    record Row(String key, String label, DeadlineStatus status, Boolean satisfied) {
    }

    private FigureRules() {
    }

    /** One figure per part in the order first met, then the whole as {@code total}. */
    static List<DemandFigure> figures(List<Row> rows, String totalLabel) {
        Map<String, List<Row>> parts = new LinkedHashMap<>();
        for (Row r : rows) {
            parts.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r);
        }
        List<DemandFigure> figures = new ArrayList<>();
        parts.forEach((key, part) -> figures.add(figure(key, part.get(0).label(), part)));
        figures.add(figure("total", totalLabel, rows));
        return figures;
    }

    static DemandFigure figure(String key, String label, List<Row> rows) {
        int due = 0;
        int onTime = 0;
        int rated = 0;
        int satisfied = 0;
        for (Row r : rows) {
            if (DeadlineRules.counted(r.status())) {
                due++;
                if (r.status() == DeadlineStatus.REPLIED_ON_TIME) {
                    onTime++;
                }
            }
            if (r.satisfied() != null) {
                rated++;
                if (r.satisfied()) {
                    satisfied++;
                }
            }
        }
        return new DemandFigure(key, label, rows.size(), due, onTime, rate(onTime, due), rated, satisfied,
                rate(satisfied, rated));
    }

    /** A percentage with one decimal; null when nothing counts. */
    static Double rate(int part, int whole) {
        return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 10.0;
    }
}
