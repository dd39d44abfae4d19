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
import org.xingfeng.windows.api.halls.WindowService;
import org.xingfeng.windows.api.queue.LiveStateService;
import org.xingfeng.windows.api.queue.QueueService;

/** 实时排队: a hall's queue now; the lobby manager sets priority, transfers and takes tickets for citizens. */
@Component(service = ViewContribution.class)
public class LiveQueueViewContribution extends NamedViewContribution {

    private final HallService halls;
    private final WindowService windows;
    private final QueueService queue;
    private final LiveStateService live;
    private final BureauTime time;

    @Activate
    public LiveQueueViewContribution(@Reference HallService halls, @Reference WindowService windows,
            @Reference QueueService queue,
            @Reference LiveStateService live, @Reference BureauTime time) {
        super("windows.live", WindowsUi.MODULE, WindowsUi.MESSAGES.text("view.live"), 30, WindowsUi.READERS);
        this.halls = halls;
        this.windows = windows;
        this.queue = queue;
        this.live = live;
        this.time = time;
    }

    @Override
    public ContributedView create(Composite parent, ViewSite site) {
        return new LiveQueueView(parent, site, halls, windows, queue, live, time.zone());
    }
}
