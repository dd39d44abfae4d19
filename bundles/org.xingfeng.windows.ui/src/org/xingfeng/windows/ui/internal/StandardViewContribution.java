package org.xingfeng.windows.ui.internal;

import org.eclipse.swt.widgets.Composite;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.platform.api.time.BureauTime;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.NamedViewContribution;
import org.xingfeng.platform.ui.ViewContribution;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.windows.api.halls.HallService;
import org.xingfeng.windows.api.standard.StandardService;

/** 大厅标准化: the standard, each hall's inventory against it, and dated inspections. */
@Component(service = ViewContribution.class)
public class StandardViewContribution extends NamedViewContribution {

    private final HallService halls;
    private final StandardService standard;
    private final BureauTime time;

    @Activate
    public StandardViewContribution(@Reference HallService halls, @Reference StandardService standard,
            @Reference BureauTime time) {
        super("windows.standard", WindowsUi.MODULE, WindowsUi.MESSAGES.text("view.standard"), 50, WindowsUi.READERS);
        this.halls = halls;
        this.standard = standard;
        this.time = time;
    }

    @Override
    public ContributedView create(Composite parent, ViewSite site) {
        return new StandardView(parent, site, halls, standard, time);
    }
}
