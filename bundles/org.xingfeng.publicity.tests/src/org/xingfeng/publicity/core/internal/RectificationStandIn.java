package org.xingfeng.publicity.core.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.ForbiddenException;

/**
 * A stand-in for the evaluations module's rectification tasks (the publicity test runtime has no evaluations module):
 * registered as the bridge the finding service binds dynamically, it records each task asked for, once per source key
 * as the evaluations module does, refuses one unit's when told to, and when told to, loses its answer after making the
 * task (a failure between the two modules).
 */
final class RectificationStandIn {

    static final List<String> TASKS = new CopyOnWriteArrayList<>();
    static final AtomicLong LAST = new AtomicLong(5000);
    static final Map<String, Long> BY_KEY = new ConcurrentHashMap<>();
    static volatile long refusedUnit = -1;
    static volatile boolean loseAnswer;
    private static ServiceRegistration<RectificationBridge> registration;

    private RectificationStandIn() {
    }

    static synchronized void on() {
        if (registration == null) {
            BundleContext context = FrameworkUtil.getBundle(FindingServiceImpl.class).getBundleContext();
            RectificationBridge bridge = (Actor actor, String key, long unitId, String goal, String content,
                    LocalDate due) -> {
                if (unitId == refusedUnit) {
                    throw new ForbiddenException(PublicityText.MESSAGES.text("role.editor"));
                }
                long id = BY_KEY.computeIfAbsent(key, k -> {
                    TASKS.add(unitId + ":" + goal + ":" + content + ":" + due);
                    return LAST.incrementAndGet();
                });
                if (loseAnswer) {
                    throw new IllegalStateException("the task was made, its answer lost on the way");
                }
                return id;
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
