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
import org.xingfeng.windows.api.records.HandlingRecordService;

/** 按时办结率: on-time rates of the handling records per matter, window, staff member, unit or month, with a chart. */
@Component(service = ViewContribution.class)
public class OnTimeViewContribution extends NamedViewContribution {

    private final HandlingRecordService records;
    private final OrgService org;

    @Activate
    public OnTimeViewContribution(@Reference HandlingRecordService records, @Reference OrgService org) {
        super("windows.ontime", WindowsUi.MODULE, WindowsUi.MESSAGES.text("view.ontime"), 75, WindowsUi.READERS);
        this.records = records;
        this.org = org;
    }

    @Override
    public ContributedView create(Composite parent, ViewSite site) {
        return new OnTimeView(parent, site, records, org);
    }
}
