package org.xingfeng.windows.core.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.xingfeng.windows.api.stars.FactorScore;
import org.xingfeng.windows.api.stars.StarFactor;
import org.xingfeng.windows.api.stars.StarWeights;

/**
 * The arithmetic of window stars and of the yearly selection, without a database. A factor whose source is absent or
 * that has nothing to measure is missing: it is left out and the weights of the others count in full (never a zero).
 */
final class StarRules {

    private StarRules() {
    }

    /**
     * What was counted for one window (or member of staff) over {@code months} months. Nulls: the evaluations module is
     * absent ({@code satisfied}, {@code upheldComplaints}, {@code badReviews}) or waits are not measured.
     */
    record Inputs(Integer satisfied, Integer evaluated, Integer upheldComplaints, int recordsWithDue,
            int overdueRecords, int records, Integer calledTickets, Integer waitsOverTarget, Integer badReviews,
            Integer badClosedOnTime, int months) {
    }

    record Rating(Double score, int stars, List<FactorScore> factors, String explanation) {
    }

    static Rating rate(Inputs in, StarWeights w) {
        List<FactorScore> f = new ArrayList<>();
        f.add(satisfaction(in, weight(w, StarFactor.SATISFACTION)));
        f.add(complaints(in, weight(w, StarFactor.COMPLAINTS), w.complaintPenalty()));
        f.add(share(StarFactor.OVERDUE, in.overdueRecords(), in.recordsWithDue(), weight(w, StarFactor.OVERDUE),
                "超期", "有期限办件", "无有期限的办件"));
        f.add(in.calledTickets() == null ? missing(StarFactor.WAITS, weight(w, StarFactor.WAITS), "不计等候")
                : share(StarFactor.WAITS, in.waitsOverTarget(), in.calledTickets(), weight(w, StarFactor.WAITS),
                        "超过" + w.waitTargetMinutes() + "分钟", "已叫号", "无叫号记录"));
        f.add(badReviews(in, weight(w, StarFactor.BAD_REVIEWS)));
        f.add(volume(in, weight(w, StarFactor.VOLUME), w.volumeTargetPerMonth()));
        double sum = 0;
        double weights = 0;
        for (FactorScore s : f) {
            if (!s.missing() && s.weight() > 0) {
                sum += s.weight() * s.score();
                weights += s.weight();
            }
        }
        Double score = weights == 0 ? null : round2(100 * sum / weights);
        int stars = stars(score);
        StringBuilder text = new StringBuilder();
        for (FactorScore s : f) {
            text.append(s.factor().nameZh()).append(' ').append(s.explanation()).append("；");
        }
        text.append(score == null ? "无可计分的项目，不评星" : "按权重合计 " + fmt(score) + " 分，" + stars + " 星");
        return new Rating(score, stars, f, text.toString());
    }

    /** 5 stars from 90, 4 from 80, 3 from 70, 2 from 60, 1 below; 0 without a score. */
    static int stars(Double score) {
        if (score == null) {
            return 0;
        }
        if (score >= 90) {
            return 5;
        }
        if (score >= 80) {
            return 4;
        }
        if (score >= 70) {
            return 3;
        }
        return score >= 60 ? 2 : 1;
    }

    private static double weight(StarWeights w, StarFactor f) {
        Double d = w.weights().get(f);
        return d == null ? 0 : d;
    }

    private static FactorScore missing(StarFactor f, double weight, String why) {
        return new FactorScore(f, null, null, weight, "缺项（" + why + "），不计入");
    }

    private static FactorScore satisfaction(Inputs in, double weight) {
        if (in.satisfied() == null) {
            return missing(StarFactor.SATISFACTION, weight, "未接入好差评");
        }
        if (in.evaluated() == null || in.evaluated() == 0) {
            return missing(StarFactor.SATISFACTION, weight, "无评价");
        }
        double rate = (double) in.satisfied() / in.evaluated();
        return new FactorScore(StarFactor.SATISFACTION, rate, rate, weight,
                pct(rate) + "（" + in.satisfied() + "/" + in.evaluated() + "），得分 " + fmt(rate) + " × 权重 "
                        + fmt(weight));
    }

    private static FactorScore complaints(Inputs in, double weight, double penalty) {
        if (in.upheldComplaints() == null) {
            return missing(StarFactor.COMPLAINTS, weight, "未接入好差评");
        }
        double score = Math.max(0, 1 - in.upheldComplaints() * penalty);
        return new FactorScore(StarFactor.COMPLAINTS, (double) in.upheldComplaints(), score, weight,
                in.upheldComplaints() + " 件（每件扣 " + fmt(penalty) + "），得分 " + fmt(score) + " × 权重 "
                        + fmt(weight));
    }

    private static FactorScore share(StarFactor f, int bad, int of, double weight, String badName, String ofName,
            String none) {
        if (of == 0) {
            return missing(f, weight, none);
        }
        double rate = (double) bad / of;
        double score = 1 - rate;
        return new FactorScore(f, rate, score, weight, pct(rate) + "（" + badName + " " + bad + "/" + ofName + " " + of
                + "），得分 " + fmt(score) + " × 权重 " + fmt(weight));
    }

    private static FactorScore badReviews(Inputs in, double weight) {
        if (in.badReviews() == null) {
            return missing(StarFactor.BAD_REVIEWS, weight, "未接入好差评");
        }
        if (in.badReviews() == 0) {
            return new FactorScore(StarFactor.BAD_REVIEWS, null, 1.0, weight,
                    "无差评，得分 1.00 × 权重 " + fmt(weight));
        }
        double rate = (double) in.badClosedOnTime() / in.badReviews();
        return new FactorScore(StarFactor.BAD_REVIEWS, rate, rate, weight, pct(rate) + "（按时办结 "
                + in.badClosedOnTime() + "/差评 " + in.badReviews() + "），得分 " + fmt(rate) + " × 权重 " + fmt(weight));
    }

    private static FactorScore volume(Inputs in, double weight, int perMonth) {
        int target = Math.max(1, perMonth * Math.max(1, in.months()));
        double score = Math.min(1.0, (double) in.records() / target);
        return new FactorScore(StarFactor.VOLUME, (double) in.records(), score, weight,
                in.records() + " 件（目标 " + target + " 件），得分 " + fmt(score) + " × 权重 " + fmt(weight));
    }

    // ---- the yearly selection

    /** One window or member of staff to rank. */
    record Candidate(long id, String name, long unitId, int records, Double score, Double satisfaction) {
    }

    record Ranked(Candidate candidate, int rank, String note) {
    }

    record Excluded(Candidate candidate, String reason) {
    }

    record Selection(int candidates, List<Ranked> model, List<Ranked> good, List<Ranked> poor, List<Excluded> excluded,
            List<String> ties) {
    }

    /** Best first: score, then satisfaction (missing last), then records, then the lower id. */
    static final Comparator<Candidate> ORDER = Comparator
            .comparing((Candidate c) -> round2(c.score()), Comparator.reverseOrder())
            .thenComparing(Candidate::satisfaction, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Candidate::records, Comparator.reverseOrder()).thenComparingLong(Candidate::id);

    /**
     * Model: the first {@code model} of the order; good: the next {@code good}; poor: the last {@code poor} of those left
     * (worst first). Candidates with fewer than {@code minRecords} records or no score are excluded with the reason.
     * Equal scores are explained where the order had to break them and where they straddle a list's edge.
     */
    static Selection select(List<Candidate> all, int minRecords, int model, int good, int poor) {
        List<Excluded> excluded = new ArrayList<>();
        List<Candidate> ranked = new ArrayList<>();
        for (Candidate c : all) {
            if (c.records() < minRecords) {
                excluded.add(new Excluded(c, "全年办件 " + c.records() + " 件，少于 " + minRecords + " 件，不参评"));
            } else if (c.score() == null) {
                excluded.add(new Excluded(c, "无可计分的项目，不参评"));
            } else {
                ranked.add(c);
            }
        }
        ranked.sort(ORDER);
        List<String> ties = new ArrayList<>();
        String[] notes = new String[ranked.size()];
        for (int i = 1; i < ranked.size(); i++) {
            Candidate a = ranked.get(i - 1);
            Candidate b = ranked.get(i);
            if (round2(a.score()).equals(round2(b.score()))) {
                String why = tieBreak(a, b);
                notes[i] = "与第 " + i + " 名" + a.name() + "同分 " + fmt(b.score()) + "，" + why;
                if (i == model || i == model + good) {
                    ties.add("第 " + i + " 名" + a.name() + "与第 " + (i + 1) + " 名" + b.name() + "同分 "
                            + fmt(b.score()) + "，" + why + "：" + a.name() + "入选" + (i == model ? "标兵窗口" : "优质窗口"));
                }
            }
        }
        int nModel = Math.min(model, ranked.size());
        int nGood = Math.min(good, ranked.size() - nModel);
        int rest = ranked.size() - nModel - nGood;
        int nPoor = Math.min(poor, rest);
        if (nModel < model || nGood < good || nPoor < poor) {
            ties.add("参评 " + ranked.size() + " 个，名单不足：标兵 " + nModel + "/" + model + "，优质 " + nGood + "/" + good
                    + "，差评 " + nPoor + "/" + poor);
        }
        List<Ranked> m = new ArrayList<>();
        List<Ranked> g = new ArrayList<>();
        List<Ranked> p = new ArrayList<>();
        for (int i = 0; i < nModel; i++) {
            m.add(new Ranked(ranked.get(i), i + 1, notes[i]));
        }
        for (int i = nModel; i < nModel + nGood; i++) {
            g.add(new Ranked(ranked.get(i), i + 1, notes[i]));
        }
        int first = ranked.size() - nPoor;
        if (nPoor > 0 && first > nModel + nGood && round2(ranked.get(first - 1).score())
                .equals(round2(ranked.get(first).score()))) {
            Candidate a = ranked.get(first - 1);
            Candidate b = ranked.get(first);
            ties.add(a.name() + "与" + b.name() + "同分 " + fmt(b.score()) + "，" + tieBreak(a, b) + "：" + b.name()
                    + "列入差评窗口");
        }
        for (int i = ranked.size() - 1, rank = 1; i >= first; i--, rank++) {
            p.add(new Ranked(ranked.get(i), rank, notes[i]));
        }
        return new Selection(ranked.size(), m, g, p, excluded, ties);
    }

    private static String tieBreak(Candidate a, Candidate b) {
        if (a.satisfaction() != null && (b.satisfaction() == null || a.satisfaction() > b.satisfaction())) {
            return "按满意度（" + (a.satisfaction() == null ? "无" : pct(a.satisfaction())) + " 对 "
                    + (b.satisfaction() == null ? "无" : pct(b.satisfaction())) + "）排前";
        }
        if (a.records() > b.records()) {
            return "满意度相同，按办件量（" + a.records() + " 对 " + b.records() + "）排前";
        }
        return "满意度、办件量相同，按登记先后排前";
    }

    static Double round2(Double d) {
        return d == null ? null : Math.round(d * 100) / 100.0;
    }

    static String pct(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    static String fmt(double d) {
        return String.format(Locale.ROOT, "%.2f", d);
    }
}
