package org.xingfeng.client.testmodule;

import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.osgi.service.component.annotations.Component;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.ViewContribution;
import org.xingfeng.platform.ui.ViewSite;

/** The test module's one view: a label. Its bundle is stopped and started by the client tests. */
@Component
public class HelloView implements ViewContribution {

    public static final String ID = "testmodule.hello";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String moduleId() {
        return "testmodule";
    }

    @Override
    public String label(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? "测试模块视图" : "Test module view";
    }

    @Override
    public ContributedView create(Composite parent, ViewSite site) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(site.chinese() ? "测试模块的视图内容" : "The test module's view");
        return new ContributedView() {
        };
    }
}
