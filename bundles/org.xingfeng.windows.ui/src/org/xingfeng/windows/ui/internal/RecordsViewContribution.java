package org.xingfeng.windows.ui.internal;

import org.eclipse.swt.widgets.Composite;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.NamedViewContribution;
import org.xingfeng.platform.ui.ViewContribution;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.windows.api.halls.HallService;
import org.xingfeng.windows.api.halls.WindowService;
import org.xingfeng.windows.api.records.HandlingRecordService;

/** 办件: the handling records with due and overdue flags, a record's steps and actions, the one-time notice print. */
@Component(service = ViewContribution.class)
public class RecordsViewContribution extends NamedViewContribution {

    private final HandlingRecordService records;
    private final HallService halls;
    private final WindowService windows;
    private final OrgService org;

    @Activate
    public RecordsViewContribution(@Reference HandlingRecordService records, @Reference HallService halls,
            @Reference WindowService windows, @Reference OrgService org) {
        super("windows.records", WindowsUi.MODULE, WindowsUi.MESSAGES.text("view.records"), 15, WindowsUi.READERS);
        this.records = records;
        this.halls = halls;
        this.windows = windows;
        this.org = org;
    }

    @Override
    public ContributedView create(Composite parent, ViewSite site) {
        return new RecordsView(parent, site, records, halls, windows, org);
    }
}
