package org.xingfeng.matters.core.internal;

import java.util.List;

import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Component;
import org.xingfeng.matters.api.MatterItemService;
import org.xingfeng.platform.api.module.ModuleDescriptor;
import org.xingfeng.platform.api.module.RoleDefinition;

/** The matters module (事项清单) announces itself and its editor role. */
@Component
public class MattersModule implements ModuleDescriptor {

    @Override
    public String id() {
        return "matters";
    }

    @Override
    public String nameZh() {
        return "事项清单";
    }

    @Override
    public String nameEn() {
        return "Service matters";
    }

    @Override
    public String version() {
        return FrameworkUtil.getBundle(MattersModule.class).getVersion().toString();
    }

    @Override
    public List<RoleDefinition> roles() {
        return List.of(new RoleDefinition(MatterItemService.EDITOR_ROLE, "事项清单编辑", "Matters editor"));
    }
}
