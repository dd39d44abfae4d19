package org.xingfeng.matters.core.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.matters.api.ListMetrics;
import org.xingfeng.matters.api.ListMetricsService;
import org.xingfeng.matters.api.MatterItemService;
import org.xingfeng.matters.api.SubItemQuery;
import org.xingfeng.platform.api.NotFoundException;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.org.OrgService;

/** 四最 figures of a unit's list, counted by {@link MetricsCalculator}. */
@Component
public class ListMetricsServiceImpl implements ListMetricsService {

    static final Messages MESSAGES = Messages.of(ListMetricsServiceImpl.class);

    private final OrgService org;
    private final MatterItemService items;

    @Activate
    public ListMetricsServiceImpl(@Reference OrgService org, @Reference MatterItemService items) {
        this.org = org;
        this.items = items;
    }

    @Override
    public ListMetrics metrics(Actor actor, long unitId) {
        org.unit(actor, unitId).orElseThrow(() -> new NotFoundException(MESSAGES.text("entity.orgUnit"), unitId));
        return MetricsCalculator.of(unitId,
                items.subItems(actor, SubItemQuery.ofUnit(unitId), PageRequest.EXPORT).items());
    }
}
