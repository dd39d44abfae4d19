package org.xingfeng.platform.ui.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.internal.workbench.E4Workbench;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.osgi.framework.Bundle;

/**
 * The rich client's e4 workbench as its tests drive it: the application model, the main window, the parts showing a
 * view, the navigator, and what the launcher gives the client product's application when it starts it.
 */
public final class WorkbenchDriver {

    /** The part's persisted state that names the contribution it shows. */
    public static final String PART_VIEW = "xingfeng.view";
    /** The navigator tree's data key, and its items' key for the view they open. */
    public static final String NAVIGATOR = "xingfeng.navigator";
    public static final String NAVIGATOR_VIEW = "xingfeng.viewId";

    private final SwtDriver swt;

    public WorkbenchDriver(SwtDriver swt) {
        this.swt = swt;
    }

    /** The running application model, or null before the workbench is up. */
    public MApplication application() {
        IEclipseContext services = E4Workbench.getServiceContext();
        return services == null ? null : services.get(MApplication.class);
    }

    /** The main window's shell. */
    public Shell mainShell() {
        return swt.ui(() -> {
            Object widget = application().getChildren().get(0).getWidget();
            return widget instanceof Shell s ? s : null;
        });
    }

    /** The parts in the model that show the view {@code viewId}, rendered or not. */
    public List<MPart> parts(String viewId) {
        return application().getContext().get(EModelService.class)
                .findElements(application(), null, MPart.class, null).stream()
                .filter(p -> viewId.equals(p.getPersistedState().get(PART_VIEW))).toList();
    }

    /** How many parts show the view on the screen now. */
    public int renderedParts(String viewId) {
        return (int) parts(viewId).stream().filter(p -> p.isToBeRendered() && p.getWidget() != null).count();
    }

    /** The navigator's entry for the view, or null. Call on the UI thread. */
    public TreeItem navigatorItem(String viewId) {
        Tree tree = (Tree) SwtDriver.findData(mainShell(), NAVIGATOR, Boolean.TRUE);
        for (TreeItem module : tree.getItems()) {
            for (TreeItem view : module.getItems()) {
                if (viewId.equals(view.getData(NAVIGATOR_VIEW))) {
                    return view;
                }
            }
        }
        return null;
    }

    /** Opens the view as a click on its navigator entry does. */
    public void openFromNavigator(String viewId) {
        swt.select(() -> navigatorItem(viewId));
    }

    /** The product's own settings (applicationXMI, lifeCycleURI, CSS, persistence), from its product extension. */
    public static Map<String, String> productProperties(String productBundle) {
        Map<String, String> props = new HashMap<>();
        for (IConfigurationElement product : RegistryFactory.getRegistry()
                .getConfigurationElementsFor("org.eclipse.core.runtime.products")) {
            if (productBundle.equals(product.getContributor().getName())) {
                for (IConfigurationElement p : product.getChildren("property")) {
                    props.put(p.getAttribute("name"), p.getAttribute("value"));
                }
            }
        }
        assertTrue(props.containsKey("applicationXMI"), "the client's product extension is found");
        return props;
    }

    /** What the launcher gives the application: no command-line arguments, the product's branding properties. */
    public static IApplicationContext launcherContext(String productId, Map<String, String> branding,
            Bundle brandingBundle) {
        return new IApplicationContext() {
            public Map<String, Object> getArguments() {
                return Map.of(IApplicationContext.APPLICATION_ARGS, new String[0]);
            }

            public void applicationRunning() {
            }

            public String getBrandingApplication() {
                return "org.eclipse.e4.ui.workbench.swt.E4Application";
            }

            public String getBrandingName() {
                return "Xingfeng";
            }

            public String getBrandingDescription() {
                return null;
            }

            public String getBrandingId() {
                return productId;
            }

            public String getBrandingProperty(String key) {
                return branding.get(key);
            }

            public Bundle getBrandingBundle() {
                return brandingBundle;
            }

            public void setResult(Object result, IApplication application) {
            }
        };
    }
}
