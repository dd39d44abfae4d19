package org.xingfeng.matters.core.internal;

import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.matters.api.MatterItemService;
import org.xingfeng.matters.api.ServiceGuide;
import org.xingfeng.matters.api.ServiceGuideService;
import org.xingfeng.platform.api.Actor;

/** A sub-item's guide from the item and its main item, laid out by {@link ServiceGuide#of}. */
@Component
public class ServiceGuideServiceImpl implements ServiceGuideService {

    private final MatterItemService items;

    @Activate
    public ServiceGuideServiceImpl(@Reference MatterItemService items) {
        this.items = items;
    }

    @Override
    public Optional<ServiceGuide> guide(Actor actor, long subItemId) {
        return items.subItem(actor, subItemId)
                .flatMap(s -> items.mainItem(actor, s.mainItemId()).map(m -> ServiceGuide.of(m, s)));
    }
}
