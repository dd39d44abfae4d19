package org.xingfeng.publicity.core.internal;

import java.util.List;

import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Component;
import org.xingfeng.platform.api.module.ModuleDescriptor;
import org.xingfeng.platform.api.module.RoleDefinition;
import org.xingfeng.publicity.api.PublicityRoles;

/** The publicity module (宣传) announces itself and its roles. */
@Component
public class PublicityModule implements ModuleDescriptor {

    @Override
    public String id() {
        return "publicity";
    }

    @Override
    public String nameZh() {
        return "宣传";
    }

    @Override
    public String nameEn() {
        return "Publicity";
    }

    @Override
    public String version() {
        return FrameworkUtil.getBundle(PublicityModule.class).getVersion().toString();
    }

    @Override
    public List<RoleDefinition> roles() {
        return List.of(new RoleDefinition(PublicityRoles.EDITOR, "宣传编辑", "Publicity editor"),
                new RoleDefinition(PublicityRoles.VIEWER, "宣传查阅", "Publicity viewer"));
    }
}
