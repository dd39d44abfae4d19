package org.xingfeng.matters.ui.internal;

import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.matters.api.ListMetrics;
import org.xingfeng.matters.api.ListMetricsService;
import org.xingfeng.matters.api.ListVersion;
import org.xingfeng.matters.api.ListVersionService;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.DashboardTile;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.Texts;

/** The dashboard's 四最 tile: the list's figures and how they changed since the last published version. */
@Component(service = DashboardTile.class)
public class MattersTile implements DashboardTile {

    private final ListMetricsService metrics;
    private final ListVersionService versions;
    private final OrgService org;

    @Activate
    public MattersTile(@Reference ListMetricsService metrics, @Reference ListVersionService versions,
            @Reference OrgService org) {
        this.metrics = metrics;
        this.versions = versions;
        this.org = org;
    }

    @Override
    public String id() {
        return "matters.metrics";
    }

    @Override
    public String moduleId() {
        return "matters";
    }

    @Override
    public String title(Locale locale) {
        return MattersTexts.MESSAGES.get(locale, "tile.title");
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public ContributedView create(Composite parent, ViewSite site) {
        return new Body(parent, site);
    }

    /** The tile's body: a unit to choose and its figures. */
    public final class Body implements ContributedView {

        private final ViewSite site;
        private final Texts t;
        private final Composite root;
        private final UnitChooser unit;
        private final Label figures;
        private final Label change;

        Body(Composite parent, ViewSite site) {
            this.site = site;
            this.t = Texts.of(site, MattersTile.class);
            root = new Composite(parent, SWT.NONE);
            root.setLayout(new GridLayout(1, false));
            unit = new UnitChooser(root, site, org, null);
            figures = new Label(root, SWT.WRAP);
            GridData fd = new GridData(SWT.FILL, SWT.TOP, true, false);
            fd.widthHint = 360;
            figures.setLayoutData(fd);
            change = new Label(root, SWT.WRAP);
            GridData cd = new GridData(SWT.FILL, SWT.TOP, true, false);
            cd.widthHint = 360;
            change.setLayoutData(cd);
            unit.onChange(u -> refresh());
            refresh();
        }

        public Label figures() {
            return figures;
        }

        public Label change() {
            return change;
        }

        public void selectUnit(long unitId) {
            unit.select(unitId);
        }

        public void refresh() {
            OrgUnit u = unit.selected();
            if (u == null) {
                return;
            }
            site.run(t.get("tile.computingFigures"), monitor -> {
                ListMetrics m = metrics.metrics(site.session().actor(), u.id());
                List<ListVersion> published = versions.versions(site.session().actor(), u.id());
                return new Object[] { m, published.isEmpty() ? null : published.get(0) };
            }, r -> {
                if (root.isDisposed()) {
                    return;
                }
                ListMetrics m = (ListMetrics) r[0];
                figures.setText(MetricsText.summary(t, m));
                change.setText(m.items() == 0 ? "" : MetricsText.change(t, m, (ListVersion) r[1]));
                root.layout(true, true);
            });
        }
    }
}
