package org.xingfeng.client.testmodule;

import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.osgi.service.component.annotations.Component;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.ViewContribution;
import org.xingfeng.platform.ui.ViewSite;

/** The test module's one view: a label. Its bundle is stopped and started by the client tests. */
@Component
public class HelloView implements ViewContribution {

    public static final String ID = "testmodule.hello";

    /** The test module's texts, like any module's ({@code OSGI-INF/l10n/messages*.properties}). */
    static final Messages MESSAGES = Messages.of(HelloView.class);

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
        return MESSAGES.get(locale, "hello.title");
    }

    @Override
    public ContributedView create(Composite parent, ViewSite site) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(MESSAGES.get(site.locale(), "hello.content"));
        return new ContributedView() {
        };
    }
}
