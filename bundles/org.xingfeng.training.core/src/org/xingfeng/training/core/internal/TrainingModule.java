package org.xingfeng.training.core.internal;

import java.util.List;

import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Component;
import org.xingfeng.platform.api.module.ModuleDescriptor;
import org.xingfeng.platform.api.module.RoleDefinition;

/**
 * The training module (培训) announces itself. Its role, the training officer (培训专员, {@code training.officer}), is
 * one of the platform's own roles, so the module defines none of its own.
 */
@Component
public class TrainingModule implements ModuleDescriptor {

    @Override
    public String id() {
        return "training";
    }

    @Override
    public String nameZh() {
        return "培训";
    }

    @Override
    public String nameEn() {
        return "Training";
    }

    @Override
    public String version() {
        return FrameworkUtil.getBundle(TrainingModule.class).getVersion().toString();
    }

    @Override
    public List<RoleDefinition> roles() {
        return List.of();
    }
}
