package org.xingfeng.publicity.core.internal;

import java.time.LocalDate;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.evaluations.api.tasks.RectificationTaskService;
import org.xingfeng.evaluations.api.tasks.TaskDraft;
import org.xingfeng.platform.api.Actor;

/**
 * The bridge to the evaluations module's rectification tasks: active only while that service is there (the package
 * import is optional, so publicity works without evaluations). Asks as the caller, so the module's own role and reach
 * rules apply.
 */
@Component(service = RectificationBridge.class)
public class RectificationLink implements RectificationBridge {

    private final RectificationTaskService tasks;

    @Activate
    public RectificationLink(@Reference RectificationTaskService tasks) {
        this.tasks = tasks;
    }

    @Override
    public long createTask(Actor actor, String sourceKey, long unitId, String goal, String content,
            LocalDate deadline) {
        return tasks.createOnce(actor, sourceKey, new TaskDraft(unitId, goal, content, null, List.of(), null, deadline))
                .id();
    }
}
