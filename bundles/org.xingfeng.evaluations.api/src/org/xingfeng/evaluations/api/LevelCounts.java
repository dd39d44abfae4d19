package org.xingfeng.evaluations.api;

/** How many evaluations there are at each level. */
public record LevelCounts(long verySatisfied, long satisfied, long basicallySatisfied, long dissatisfied,
        long veryDissatisfied) {

    public static final LevelCounts ZERO = new LevelCounts(0, 0, 0, 0, 0);

    public long total() {
        return verySatisfied + satisfied + basicallySatisfied + dissatisfied + veryDissatisfied;
    }

    /** 非常满意 + 满意 + 基本满意 */
    public long satisfiedCount() {
        return verySatisfied + satisfied + basicallySatisfied;
    }

    /** 差评: 不满意 + 非常不满意 */
    public long badCount() {
        return dissatisfied + veryDissatisfied;
    }

    /** Satisfaction rate (满意率) in [0, 1], or null when there are no evaluations. */
    public Double rate() {
        long total = total();
        return total == 0 ? null : (double) satisfiedCount() / total;
    }

    public long count(Level level) {
        return switch (level) {
            case VERY_SATISFIED -> verySatisfied;
            case SATISFIED -> satisfied;
            case BASICALLY_SATISFIED -> basicallySatisfied;
            case DISSATISFIED -> dissatisfied;
            case VERY_DISSATISFIED -> veryDissatisfied;
        };
    }

    public LevelCounts plus(LevelCounts o) {
        return new LevelCounts(verySatisfied + o.verySatisfied, satisfied + o.satisfied,
                basicallySatisfied + o.basicallySatisfied, dissatisfied + o.dissatisfied,
                veryDissatisfied + o.veryDissatisfied);
    }
}
