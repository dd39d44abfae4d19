package org.xingfeng.client.internal.shell;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.xingfeng.platform.ui.ClientSession;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.DashboardTile;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The start page (工作台): a greeting and the tiles the modules contribute, rebuilt when tiles come or go. */
public class DashboardPart {

    private static final Logger LOG = LoggerFactory.getLogger(DashboardPart.class);

    /** Widget data key of a tile's frame: the tile's id. */
    public static final String TILE_KEY = "xingfeng.tileId";

    @Inject
    MApplication application;

    private ScrolledComposite scroll;
    private Composite body;
    private ContributionRegistry registry;
    private final List<ContributedView> shown = new ArrayList<>();
    private final ContributionRegistry.Listener listener = this::refresh;

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new FillLayout());
        scroll = new ScrolledComposite(parent, SWT.V_SCROLL);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        body = new Composite(scroll, SWT.NONE);
        scroll.setContent(body);
        registry = application.getContext().get(ContributionRegistry.class);
        registry.addListener(listener);
        refresh();
    }

    @PreDestroy
    public void dispose() {
        registry.removeListener(listener);
        disposeTiles();
    }

    private void disposeTiles() {
        for (ContributedView v : shown) {
            try {
                v.dispose();
            } catch (RuntimeException e) {
                LOG.warn("tile dispose failed: {}", e.toString());
            }
        }
        shown.clear();
    }

    private void refresh() {
        if (body.isDisposed()) {
            return;
        }
        ClientTexts messages = application.getContext().get(ClientTexts.class);
        ClientSession session = application.getContext().get(ClientSession.class);
        disposeTiles();
        for (var c : body.getChildren()) {
            c.dispose();
        }
        body.setLayout(new GridLayout(3, true));
        Label greeting = new Label(body, SWT.WRAP);
        greeting.setText(messages.get("dashboard.greeting", session.displayName()));
        greeting.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        List<DashboardTile> tiles = registry.tiles();
        if (tiles.isEmpty()) {
            Label none = new Label(body, SWT.WRAP);
            none.setText(messages.get("dashboard.empty"));
            none.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        }
        for (DashboardTile tile : tiles) {
            Group frame = new Group(body, SWT.NONE);
            frame.setText(tile.title(messages.locale()));
            frame.setData(TILE_KEY, tile.id());
            frame.setLayout(new FillLayout());
            frame.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
            try {
                shown.add(tile.create(frame, new ClientViewSite(application.getContext(), frame)));
            } catch (RuntimeException e) {
                for (var c : frame.getChildren()) {
                    c.dispose();
                }
                new Label(frame, SWT.WRAP).setText(messages.get("view.failed", tile.id(), messages.describe(e)));
            }
        }
        Point size = body.computeSize(scroll.getClientArea().width > 0 ? scroll.getClientArea().width : SWT.DEFAULT,
                SWT.DEFAULT);
        scroll.setMinSize(size);
        body.layout(true, true);
    }
}
