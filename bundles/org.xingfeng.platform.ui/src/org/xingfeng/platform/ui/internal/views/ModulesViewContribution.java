package org.xingfeng.platform.ui.internal.views;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

import org.eclipse.swt.widgets.Composite;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.xingfeng.platform.api.module.ModuleAdmin;
import org.xingfeng.platform.api.module.ModuleRegistry;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.NamedViewContribution;
import org.xingfeng.platform.ui.ViewContribution;
import org.xingfeng.platform.ui.ViewSite;

/**
 * 已安装模块: every logged-in user sees the modules; administrators manage them when a {@link ModuleAdmin} is
 * present. The reference is optional and dynamic: open views switch between managing and read-only as the
 * service comes and goes. Module management (p2's agent and profile) is only got when a view asks for it, so the
 * client's start does not wait for it.
 */
@Component(service = ViewContribution.class)
public class ModulesViewContribution extends NamedViewContribution {

    private final ModuleRegistry registry;
    private final Set<ModulesView> open = new CopyOnWriteArraySet<>();
    private volatile ComponentServiceObjects<ModuleAdmin> adminObjects;
    private volatile ModuleAdmin admin;

    @Activate
    public ModulesViewContribution(@Reference ModuleRegistry registry) {
        super("platform.modules", "platform", ViewTexts.MESSAGES.text("modules.title"), 50);
        this.registry = registry;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindModuleAdmin(ComponentServiceObjects<ModuleAdmin> service) {
        adminObjects = service;
        admin = null;
        open.forEach(ModulesView::adminChanged);
    }

    void unbindModuleAdmin(ComponentServiceObjects<ModuleAdmin> service) {
        if (adminObjects == service) {
            adminObjects = null;
            admin = null; // the component runtime releases what was got through the objects
            open.forEach(ModulesView::adminChanged);
        }
    }

    /** Module management, got the first time a view needs it; null while there is none. */
    private ModuleAdmin admin() {
        ComponentServiceObjects<ModuleAdmin> objects = adminObjects;
        if (objects == null) {
            return null;
        }
        synchronized (this) {
            if (admin == null && objects == adminObjects) {
                admin = objects.getService();
            }
            return objects == adminObjects ? admin : null;
        }
    }

    @Override
    public ContributedView create(Composite parent, ViewSite site) {
        ModulesView view = new ModulesView(parent, site, registry, this::admin);
        open.add(view);
        view.control().addDisposeListener(e -> open.remove(view));
        return view;
    }
}
