package org.xingfeng.publicity.core.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.ForbiddenException;

/**
 * A stand-in for the evaluations module's rectification tasks (the publicity test runtime has no evaluations module):
 * registered as the bridge the finding service binds dynamically, it records each task asked for and refuses one
 * unit's when told to.
 */
final class RectificationStandIn {

    static final List<String> TASKS = new CopyOnWriteArrayList<>();
    static final AtomicLong LAST = new AtomicLong(5000);
    static volatile long refusedUnit = -1;
    private static ServiceRegistration<RectificationBridge> registration;

    private RectificationStandIn() {
    }

    static synchronized void on() {
        if (registration == null) {
            BundleContext context = FrameworkUtil.getBundle(FindingServiceImpl.class).getBundleContext();
            RectificationBridge bridge = (Actor actor, long unitId, String goal, String content, LocalDate due) -> {
                if (unitId == refusedUnit) {
                    throw new ForbiddenException(PublicityText.MESSAGES.text("role.editor"));
                }
                TASKS.add(unitId + ":" + goal + ":" + content + ":" + due);
                return LAST.incrementAndGet();
            };
            registration = context.registerService(RectificationBridge.class, bridge, null);
        }
    }

    static synchronized void off() {
        if (registration != null) {
            registration.unregister();
            registration = null;
        }
    }
}
