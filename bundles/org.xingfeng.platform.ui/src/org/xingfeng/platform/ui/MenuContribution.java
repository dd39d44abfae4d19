package org.xingfeng.platform.ui;

import java.util.Locale;

/** An entry in the module's menu of the client (e.g. 导入事项清单…), as a service. */
public interface MenuContribution {

    String id();

    String moduleId();

    String label(Locale locale);

    default int order() {
        return 100;
    }

    default java.util.Set<String> roles() {
        return java.util.Set.of();
    }

    /** Runs the entry on the UI thread; long work goes through {@link ViewSite#run}. */
    void run(ViewSite site);
}
