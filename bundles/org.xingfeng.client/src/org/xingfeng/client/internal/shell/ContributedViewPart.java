package org.xingfeng.client.internal.shell;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.ViewContribution;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The part (a POJO) that hosts one contributed view; its MPart's persisted state names the contribution
 * ({@link ViewParts#VIEW_ID}). When the contribution goes, the add-on removes the part and this disposes the view.
 */
public class ContributedViewPart {

    private static final Logger LOG = LoggerFactory.getLogger(ContributedViewPart.class);

    private Composite parent;
    private ContributedView view;

    @PostConstruct
    public void create(Composite parent, MPart part, MApplication application) {
        this.parent = parent;
        parent.setLayout(new FillLayout());
        IEclipseContext appContext = application.getContext();
        ClientTexts messages = appContext.get(ClientTexts.class);
        String id = part.getPersistedState().get(ViewParts.VIEW_ID);
        ViewContribution contribution = appContext.get(ContributionRegistry.class).view(id).orElse(null);
        if (contribution == null) {
            new Label(parent, SWT.WRAP).setText(messages.get("view.unavailable", id));
            return;
        }
        build(contribution, appContext, messages, id);
    }

    private void build(ViewContribution contribution, IEclipseContext appContext, ClientTexts messages, String id) {
        try {
            view = contribution.create(parent, new ClientViewSite(appContext, parent));
        } catch (RuntimeException e) {
            LOG.warn("view {} failed: {}", id, e.toString());
            for (var c : parent.getChildren()) {
                c.dispose();
            }
            new Label(parent, SWT.WRAP).setText(messages.get("view.failed", id, messages.describe(e)));
            parent.layout();
            Relogin relogin = appContext.get(Relogin.class);
            if (relogin != null && Relogin.sessionLost(e)) {
                // the server forgot the session while the view was made: log in again, then make the view again
                Runnable again = () -> {
                    if (!parent.isDisposed() && view == null) {
                        for (var c : parent.getChildren()) {
                            c.dispose();
                        }
                        build(contribution, appContext, appContext.get(ClientTexts.class), id);
                        parent.layout(true, true);
                    }
                };
                parent.getDisplay().asyncExec(() -> {
                    if (!parent.isDisposed() && view == null) {
                        relogin.ask(parent.getShell(), appContext, again);
                    }
                });
            }
        }
    }

    @Focus
    public void focus() {
        if (view != null) {
            view.setFocus();
        } else if (parent != null && !parent.isDisposed()) {
            parent.setFocus();
        }
    }

    @PreDestroy
    public void dispose() {
        if (view != null) {
            ContributedView v = view;
            view = null;
            try {
                v.dispose();
            } catch (RuntimeException e) {
                LOG.warn("view dispose failed: {}", e.toString());
            }
        }
    }
}
