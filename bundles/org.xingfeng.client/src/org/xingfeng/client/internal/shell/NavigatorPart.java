package org.xingfeng.client.internal.shell;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.xingfeng.platform.ui.ViewContribution;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/** The module navigator: each module with its views; choosing a view opens it (or brings its part to the front). */
public class NavigatorPart {

    /** Widget data key of a view entry: the contribution's id. */
    public static final String VIEW_KEY = "xingfeng.viewId";

    @Inject
    MApplication application;
    @Inject
    MWindow window;
    @Inject
    EModelService models;
    @Inject
    EPartService parts;

    private Tree tree;
    private ContributionRegistry registry;
    private final ContributionRegistry.Listener listener = this::refresh;

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new FillLayout());
        tree = new Tree(parent, SWT.SINGLE | SWT.V_SCROLL);
        tree.setData("xingfeng.navigator", Boolean.TRUE);
        tree.addListener(SWT.Selection, this::selected);
        tree.addListener(SWT.DefaultSelection, this::selected);
        registry = application.getContext().get(ContributionRegistry.class);
        registry.addListener(listener);
        refresh();
    }

    @PreDestroy
    public void dispose() {
        registry.removeListener(listener);
    }

    @Focus
    public void focus() {
        tree.setFocus();
    }

    private void selected(Event e) {
        if (e.item instanceof TreeItem item && item.getData(VIEW_KEY) instanceof String id) {
            open(id);
        }
    }

    /** Opens the view with this id, if the user may see it. */
    public void open(String id) {
        registry.view(id).ifPresent(v -> ViewParts.open(v, window, models, parts,
                application.getContext().get(ClientTexts.class)));
    }

    private void refresh() {
        if (tree.isDisposed()) {
            return;
        }
        ClientTexts messages = application.getContext().get(ClientTexts.class);
        java.util.function.Function<String, String> names = application.getContext().get(ModuleNames.class)
                .names(messages.locale());
        Map<String, List<ViewContribution>> byModule = new LinkedHashMap<>();
        List<ViewContribution> views = registry.views();
        // the platform's own views first, then the modules in the order of their ids
        views.stream().filter(v -> "platform".equals(v.moduleId()))
                .forEach(v -> byModule.computeIfAbsent(v.moduleId(), k -> new java.util.ArrayList<>()).add(v));
        views.stream().filter(v -> !"platform".equals(v.moduleId()))
                .forEach(v -> byModule.computeIfAbsent(v.moduleId(), k -> new java.util.ArrayList<>()).add(v));
        tree.setRedraw(false);
        try {
            tree.removeAll();
            byModule.forEach((module, list) -> {
                TreeItem moduleItem = new TreeItem(tree, SWT.NONE);
                moduleItem.setText(names.apply(module));
                moduleItem.setData("xingfeng.module", module);
                for (ViewContribution v : list) {
                    TreeItem item = new TreeItem(moduleItem, SWT.NONE);
                    item.setText(v.label(messages.locale()));
                    item.setData(VIEW_KEY, v.id());
                }
                moduleItem.setExpanded(true);
            });
        } finally {
            tree.setRedraw(true);
        }
    }
}
