package org.xingfeng.platform.ui.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.spreadsheet.SheetData;
import org.xingfeng.platform.api.spreadsheet.SpreadsheetService;
import org.xingfeng.platform.api.security.AuthService;
import org.xingfeng.platform.api.security.LoginSession;
import org.xingfeng.platform.api.time.BureauTime;
import org.xingfeng.platform.ui.ClientSession;
import org.xingfeng.platform.ui.ViewContribution;
import org.xingfeng.platform.ui.widgets.DataTable;

/**
 * What client view tests share (the platform's and the modules'): the real platform services from the OSGi runtime (embedded Derby), the
 * administrator's session, an SWT display with a shell per test, dialog driving and screenshots.
 */
public abstract class ViewTestSupport {

    public static final String ADMIN_PASSWORD = "It-admin-2026!";

    protected static BundleContext context;
    protected static Display display;
    protected static Actor admin;
    protected static SpreadsheetService sheets;
    /** The bureau's time of the runtime (what the views see as today). */
    protected static BureauTime time;

    protected Shell shell;
    protected TestSite site;

    @BeforeAll
    public static void runtime() throws Exception {
        context = FrameworkUtil.getBundle(ViewTestSupport.class).getBundleContext();
        display = Display.getDefault();
        sheets = service(SpreadsheetService.class);
        time = service(BureauTime.class);
        AuthService auth = service(AuthService.class);
        if (admin == null) {
            LoginSession login = null;
            long deadline = System.currentTimeMillis() + 60_000;
            while (login == null) {
                try {
                    login = auth.login("admin", ADMIN_PASSWORD);
                } catch (RuntimeException e) {
                    // the first administrator is created while the platform starts
                    if (System.currentTimeMillis() > deadline) {
                        throw e;
                    }
                    Thread.sleep(200);
                }
            }
            admin = auth.authenticate(login.token()).orElseThrow();
        }
    }

    public static <S> S service(Class<S> type) throws InterruptedException {
        ServiceTracker<S, S> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        S s = tracker.waitForService(60_000);
        assertNotNull(s, "service " + type.getName());
        return s;
    }

    /** The view contribution registered (by DS) under this id. */
    public static ViewContribution contribution(String id) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            for (var ref : context.getServiceReferences(ViewContribution.class, null)) {
                ViewContribution c = context.getService(ref);
                if (c != null && id.equals(c.id())) {
                    return c;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no view contribution " + id);
    }

    /** A fresh shell and a Chinese site for the administrator. */
    protected Composite open() {
        return open(admin, Locale.SIMPLIFIED_CHINESE);
    }

    protected Composite open(Actor actor, Locale locale) {
        if (shell != null && !shell.isDisposed()) {
            shell.dispose();
        }
        shell = new Shell(display);
        shell.setText("行风");
        shell.setSize(1280, 820);
        shell.setLayout(new FillLayout());
        site = new TestSite(new ClientSession(actor, actor.username(), "", "本机数据库 (Derby)"), locale, shell, sheets,
                time,
                Path.of(System.getProperty("xingfeng.exports", "target/exports")));
        shell.open();
        return shell;
    }

    @AfterEach
    protected void closeShell() {
        if (shell != null && !shell.isDisposed()) {
            shell.dispose();
        }
        settle(50);
    }

    /** Lets SWT process pending events for a while. */
    public static void settle(long millis) {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            while (display.readAndDispatch()) {
                // keep dispatching
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Runs {@code opener} (which opens a modal dialog and blocks until it closes) and, once a dialog of the type
     * is showing, {@code action} on it inside its event loop. A failing action closes the dialog and is rethrown.
     */
    public static <W extends Window> void withDialog(Class<W> type, Consumer<W> action, Runnable opener) {
        Throwable[] failure = new Throwable[1];
        boolean[] seen = new boolean[1];
        long deadline = System.currentTimeMillis() + 30_000;
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            for (Shell s : display.getShells()) {
                if (!seen[0] && !s.isDisposed() && s.isVisible() && type.isInstance(s.getData())) {
                    seen[0] = true;
                    W w = type.cast(s.getData());
                    try {
                        action.accept(w);
                    } catch (Throwable e) {
                        failure[0] = e;
                    }
                    if (failure[0] != null && w.getShell() != null && !w.getShell().isDisposed()) {
                        w.close();
                    }
                    return;
                }
            }
            if (System.currentTimeMillis() < deadline) {
                display.timerExec(50, poll[0]);
            }
        };
        display.timerExec(50, poll[0]);
        opener.run();
        if (failure[0] instanceof Error e) {
            throw e;
        }
        if (failure[0] != null) {
            throw new AssertionError(failure[0]);
        }
        assertTrue(seen[0], "a " + type.getSimpleName() + " opened");
    }

    /** Presses the button labelled {@code label} in the window's shell. */
    public static void press(Window w, String label) {
        Button b = find(w.getShell(), label);
        assertNotNull(b, "button " + label);
        b.notifyListeners(SWT.Selection, new Event());
    }

    private static Button find(Control c, String label) {
        if (c instanceof Button b && label.equals(b.getText())) {
            return b;
        }
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                Button found = find(child, label);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The cell texts of the table's visible rows, in the visible order. */
    public static <T> List<List<String>> shown(DataTable<T> table) {
        List<List<String>> rows = new ArrayList<>();
        var items = table.viewer().getTable().getItems();
        int columns = table.viewer().getTable().getColumnCount();
        for (var item : items) {
            List<String> r = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                r.add(item.getText(c));
            }
            rows.add(r);
        }
        return rows;
    }

    public static List<String> headers(DataTable<?> table) {
        List<String> h = new ArrayList<>();
        for (var c : table.viewer().getTable().getColumns()) {
            h.add(c.getText());
        }
        return h;
    }

    /**
     * Exports through the table's button and reads the file back with the platform's spreadsheet service: the
     * header row must be the table's headers and the rows exactly the visible ones, in order.
     */
    protected void assertExportMatches(DataTable<?> table) throws Exception {
        Path before = site.lastExport;
        table.exportButton().notifyListeners(SWT.Selection, new Event());
        assertTrue(site.lastExport != null && !site.lastExport.equals(before), "an export was written");
        List<SheetData> read;
        try (InputStream in = Files.newInputStream(site.lastExport)) {
            read = sheets.read(in);
        }
        assertEquals(1, read.size());
        List<List<String>> rows = read.get(0).rows();
        assertEquals(headers(table), rows.get(0), "header row");
        List<List<String>> expected = shown(table);
        assertEquals(expected.size(), rows.size() - 1, "exported rows");
        for (int i = 0; i < expected.size(); i++) {
            List<String> got = new ArrayList<>(rows.get(i + 1));
            while (got.size() < expected.get(i).size()) {
                got.add("");
            }
            assertEquals(expected.get(i), got, "row " + (i + 1));
        }
    }

    /** Saves a PNG of the shell under the test bundle's target/screenshots. */
    protected void screenshot(String name) throws Exception {
        capture(shell, name);
    }

    /** Saves a PNG of a shell (a view's or a dialog's), copied from the screen. */
    public static void capture(Shell target, String name) throws Exception {
        target.layout(true, true);
        settle(400);
        Rectangle area = target.getClientArea();
        Image image = new Image(display, area.width, area.height);
        GC gc = new GC(target);
        try {
            gc.copyArea(image, 0, 0);
        } finally {
            gc.dispose();
        }
        Path dir = Path.of(System.getProperty("xingfeng.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { image.getImageData() };
        loader.save(dir.resolve(name + ".png").toString(), SWT.IMAGE_PNG);
        image.dispose();
        assertTrue(Files.size(dir.resolve(name + ".png")) > 1000, "screenshot " + name);
    }

    public static void assertNoErrors(TestSite site) {
        if (!site.errors.isEmpty()) {
            fail("unexpected errors: " + site.errors, site.errors.get(0));
        }
    }

}
