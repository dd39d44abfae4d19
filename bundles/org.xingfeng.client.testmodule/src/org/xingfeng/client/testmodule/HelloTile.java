package org.xingfeng.client.testmodule;

import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.osgi.service.component.annotations.Component;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.DashboardTile;
import org.xingfeng.platform.ui.ViewSite;

/** The test module's dashboard tile. */
@Component
public class HelloTile implements DashboardTile {

    @Override
    public String id() {
        return "testmodule.tile";
    }

    @Override
    public String moduleId() {
        return "testmodule";
    }

    @Override
    public String title(Locale locale) {
        return HelloView.MESSAGES.get(locale, "hello.tile");
    }

    @Override
    public ContributedView create(Composite parent, ViewSite site) {
        new Label(parent, SWT.NONE).setText("42");
        return new ContributedView() {
        };
    }
}
