package org.xingfeng.evaluations.ui.internal;

import java.util.Locale;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.evaluations.api.CaseQuery;
import org.xingfeng.evaluations.api.EvaluationCases;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.DashboardTile;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.Texts;

/** 超期差评: how many bad-review cases are open and past a deadline, and how many are open at all. */
@Component(service = DashboardTile.class)
public class OverdueCasesTile implements DashboardTile {

    private final EvaluationCases cases;

    @Activate
    public OverdueCasesTile(@Reference EvaluationCases cases) {
        this.cases = cases;
    }

    @Override
    public String id() {
        return "evaluations.overdue-cases";
    }

    @Override
    public String moduleId() {
        return EvalTexts.MODULE;
    }

    @Override
    public String title(Locale locale) {
        return EvalTexts.MESSAGES.get(locale, "overdueTile.title");
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Set<String> roles() {
        return Set.of(EvalTexts.OFFICER, EvalTexts.REVIEWER, Roles.AUDITOR, Roles.ADMIN);
    }

    @Override
    public ContributedView create(Composite parent, ViewSite site) {
        Texts t = Texts.of(site, OverdueCasesTile.class);
        TileBody body = new TileBody(parent);
        site.run(t.get("overdueTile.countingOverdueCases"), monitor -> new long[] {
                cases.cases(site.session().actor(), new CaseQuery(null, null, true, true, null, null),
                        new PageRequest(0, 1)).total(),
                cases.cases(site.session().actor(), new CaseQuery(null, null, true, false, null, null),
                        new PageRequest(0, 1)).total() },
                counts -> body.show(String.valueOf(counts[0]),
                        counts[0] == 0 ? SWT.COLOR_DARK_GREEN : SWT.COLOR_DARK_RED,
                        t.get("overdueTile.line", counts[1])));
        return body;
    }
}
