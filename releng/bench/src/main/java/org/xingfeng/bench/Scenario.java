package org.xingfeng.bench;

/** One thing the bench measures, with the machine's limit it is compared with, measured in the same run. */
interface Scenario {

    /** The name on the command line. */
    String name();

    /** One line for the list: what it measures, against what, and about how long it takes with the defaults. */
    String summary();

    /** Title of its table. */
    String title();

    /** Measures, filling in the section; throws when it cannot measure at all. */
    void run(Run run, Report.Section section) throws Exception;

    /** Whether it works on the run's bulk-loaded evaluations (kept until the last such scenario of the run). */
    default boolean usesLoadedEvaluations() {
        return false;
    }
}
