package org.xingfeng.evaluations.ui.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.evaluations.api.Dimension;
import org.xingfeng.evaluations.api.Satisfaction;
import org.xingfeng.evaluations.api.SatisfactionReports;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.DashboardTile;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.Texts;

/** 今日满意度: today's satisfaction of the top unit of the tree against the target. */
@Component(service = DashboardTile.class)
public class SatisfactionTile implements DashboardTile {

    private final SatisfactionReports reports;
    private final OrgService org;

    @Activate
    public SatisfactionTile(@Reference SatisfactionReports reports, @Reference OrgService org) {
        this.reports = reports;
        this.org = org;
    }

    @Override
    public String id() {
        return "evaluations.satisfaction-today";
    }

    @Override
    public String moduleId() {
        return EvalTexts.MODULE;
    }

    @Override
    public String title(Locale locale) {
        return EvalTexts.MESSAGES.get(locale, "satisfactionTile.title");
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Set<String> roles() {
        return Set.of(EvalTexts.OFFICER, EvalTexts.REVIEWER, Roles.AUDITOR, Roles.ADMIN);
    }

    @Override
    public ContributedView create(Composite parent, ViewSite site) {
        Texts t = Texts.of(site, SatisfactionTile.class);
        TileBody body = new TileBody(parent);
        site.run(t.get("satisfactionTile.computingTodaySSatisfaction"), monitor -> {
            // the top of the user's reach: the whole installation's root, or the user's home unit
            List<OrgUnit> reach = org.units(site.session().actor());
            Set<Long> ids = reach.stream().map(OrgUnit::id).collect(java.util.stream.Collectors.toSet());
            OrgUnit top = reach.stream().filter(u -> u.parentId() == null || !ids.contains(u.parentId()))
                    .min(Comparator.comparing(OrgUnit::code)).orElse(null);
            if (top == null) {
                return null;
            }
            LocalDate today = site.time().today();
            return reports.satisfaction(site.session().actor(), Dimension.UNIT, top.id(), null, today, today);
        }, (Satisfaction s) -> {
            if (s == null) {
                body.show("-", SWT.COLOR_DARK_GRAY, t.get("satisfactionTile.noOrganisationYet"));
                return;
            }
            String target = EvalTexts.percent(s.target());
            body.show(EvalTexts.percent(s.rate()), s.rate() == null ? SWT.COLOR_DARK_GRAY
                    : s.meetsTarget() ? SWT.COLOR_DARK_GREEN : SWT.COLOR_DARK_RED,
                    t.get("satisfactionTile.line", s.name(), s.counted().total(), s.counted().badCount(), target,
                            s.rate() == null ? ""
                                    : t.get(s.meetsTarget() ? "satisfactionTile.met" : "satisfactionTile.missed")));
        });
        return body;
    }
}
