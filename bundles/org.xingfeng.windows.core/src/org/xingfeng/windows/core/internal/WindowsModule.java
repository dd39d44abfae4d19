package org.xingfeng.windows.core.internal;

import java.util.List;

import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Component;
import org.xingfeng.platform.api.module.ModuleDescriptor;
import org.xingfeng.platform.api.module.RoleDefinition;
import org.xingfeng.windows.api.WindowsRoles;

/** The windows module (窗口与排队) announces itself and its roles. */
@Component
public class WindowsModule implements ModuleDescriptor {

    @Override
    public String id() {
        return "windows";
    }

    @Override
    public String nameZh() {
        return "窗口与排队";
    }

    @Override
    public String nameEn() {
        return "Windows and queue";
    }

    @Override
    public String version() {
        return FrameworkUtil.getBundle(WindowsModule.class).getVersion().toString();
    }

    @Override
    public List<RoleDefinition> roles() {
        return List.of(new RoleDefinition(WindowsRoles.ADMIN, "窗口管理", "Windows administrator"),
                new RoleDefinition(WindowsRoles.STAFF, "窗口人员", "Window staff"),
                new RoleDefinition(WindowsRoles.LOBBY, "大堂经理", "Lobby manager"));
    }
}
