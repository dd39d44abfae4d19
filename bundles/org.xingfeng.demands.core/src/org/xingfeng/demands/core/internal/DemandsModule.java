package org.xingfeng.demands.core.internal;

import java.util.List;

import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Component;
import org.xingfeng.demands.api.DemandsRoles;
import org.xingfeng.platform.api.module.ModuleDescriptor;
import org.xingfeng.platform.api.module.RoleDefinition;

/** The demands module (民生诉求) announces itself and its roles. */
@Component
public class DemandsModule implements ModuleDescriptor {

    @Override
    public String id() {
        return "demands";
    }

    @Override
    public String nameZh() {
        return "民生诉求";
    }

    @Override
    public String nameEn() {
        return "Citizens' demands";
    }

    @Override
    public String version() {
        return FrameworkUtil.getBundle(DemandsModule.class).getVersion().toString();
    }

    @Override
    public List<RoleDefinition> roles() {
        return List.of(new RoleDefinition(DemandsRoles.OFFICER, "诉求受理员", "Demands officer"),
                new RoleDefinition(DemandsRoles.HEAD, "主要负责人", "Head (instructs)"),
                new RoleDefinition(DemandsRoles.COORDINATOR, "分管负责人", "Coordinator (assigns, supervises)"),
                new RoleDefinition(DemandsRoles.HANDLER, "承办科室", "Handling section"));
    }
}
