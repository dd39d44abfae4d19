package org.xingfeng.evaluations.api;

import java.util.Locale;

/** The five levels of an evaluation (国办发〔2019〕51号), best first. */
public enum Level {
    VERY_SATISFIED(5, "非常满意"),
    SATISFIED(4, "满意"),
    BASICALLY_SATISFIED(3, "基本满意"),
    DISSATISFIED(2, "不满意"),
    VERY_DISSATISFIED(1, "非常不满意");

    private final int score;
    private final String nameZh;

    Level(int score, String nameZh) {
        this.score = score;
        this.nameZh = nameZh;
    }

    /** 5 (非常满意) down to 1 (非常不满意). */
    public int score() {
        return score;
    }

    public String nameZh() {
        return nameZh;
    }

    /** Counts towards the satisfaction rate: 非常满意, 满意, 基本满意. */
    public boolean satisfied() {
        return score >= 3;
    }

    /** A bad review (差评): 不满意 or 非常不满意. It opens a case. */
    public boolean bad() {
        return score <= 2;
    }

    public static Level ofScore(int score) {
        for (Level l : values()) {
            if (l.score == score) {
                return l;
            }
        }
        return null;
    }

    /** The level named by its constant, its Chinese name or its score 1-5; null when it is none of them. */
    public static Level parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        for (Level l : values()) {
            if (l.name().equals(t.toUpperCase(Locale.ROOT)) || l.nameZh.equals(t)
                    || String.valueOf(l.score).equals(t)) {
                return l;
            }
        }
        return null;
    }
}
