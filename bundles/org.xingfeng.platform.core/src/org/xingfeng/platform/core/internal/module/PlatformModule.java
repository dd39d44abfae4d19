package org.xingfeng.platform.core.internal.module;

import java.util.List;

import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Component;
import org.xingfeng.platform.api.module.ModuleDescriptor;
import org.xingfeng.platform.api.module.RoleDefinition;
import org.xingfeng.platform.api.security.Roles;

/** The platform announces itself like any module, with the roles it defines. */
@Component
public class PlatformModule implements ModuleDescriptor {

    @Override
    public String id() {
        return "platform";
    }

    @Override
    public String nameZh() {
        return "基础平台";
    }

    @Override
    public String nameEn() {
        return "Platform";
    }

    @Override
    public String version() {
        return FrameworkUtil.getBundle(PlatformModule.class).getVersion().toString();
    }

    @Override
    public List<RoleDefinition> roles() {
        return List.of(new RoleDefinition(Roles.ADMIN, "系统管理员", "Administrator"),
                new RoleDefinition(Roles.AUDITOR, "审计员", "Auditor"),
                new RoleDefinition(Roles.TRAINING_OFFICER, "培训专员", "Training officer"),
                new RoleDefinition(Roles.STAFF, "工作人员", "Staff"));
    }
}
