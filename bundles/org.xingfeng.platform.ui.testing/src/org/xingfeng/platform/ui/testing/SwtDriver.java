package org.xingfeng.platform.ui.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/**
 * Driving a whole client window from a test thread while its UI thread runs the application, as a person would:
 * queries run on the UI thread ({@link #ui}), waits poll until a condition holds or the time is up ({@link #waitFor},
 * failing at once when the client's UI thread failed), fields are found by their widget data (a key and a name) and
 * filled, buttons pressed, trees and tables searched, and a screenshot of a shell kept. The static finders must run on
 * the UI thread (inside {@link #ui}).
 */
public final class SwtDriver {

    private final Supplier<Display> display;
    private final AtomicReference<Throwable> uiFailure;
    private final long waitMillis;

    /**
     * @param display    the client's display (asked each time: the UI thread may make it after the driver)
     * @param uiFailure  where the UI thread puts what ended it, if anything
     * @param waitMillis how long {@link #waitFor} waits
     */
    public SwtDriver(Supplier<Display> display, AtomicReference<Throwable> uiFailure, long waitMillis) {
        this.display = display;
        this.uiFailure = uiFailure;
        this.waitMillis = waitMillis;
    }

    public Display display() {
        return display.get();
    }

    /** Runs the query on the UI thread and answers its value; what it throws is thrown here. */
    public <T> T ui(Supplier<T> query) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        display().syncExec(() -> {
            try {
                result.set(query.get());
            } catch (RuntimeException e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }

    /** Polls until the condition answers a value other than null or false; a condition that throws is not yet true. */
    public <T> T waitFor(String what, Supplier<T> condition) {
        long until = System.currentTimeMillis() + waitMillis;
        RuntimeException last = null;
        while (System.currentTimeMillis() < until) {
            if (uiFailure.get() != null) {
                throw new AssertionError("the client failed", uiFailure.get());
            }
            try {
                T value = condition.get();
                if (value != null && !Boolean.FALSE.equals(value)) {
                    return value;
                }
            } catch (RuntimeException e) {
                last = e; // widgets not there yet
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("timed out waiting for " + what + "; open windows: " + openWindows(), last);
    }

    /** The visible shells with their texts, for a failure's message (bounded: the UI thread may be stuck). */
    private String openWindows() {
        java.util.concurrent.CompletableFuture<String> texts = new java.util.concurrent.CompletableFuture<>();
        try {
            display().asyncExec(() -> texts.complete(Arrays.stream(display().getShells())
                    .filter(s -> !s.isDisposed() && s.isVisible()).map(s -> s.getText() + ": " + labels(s))
                    .toList().toString()));
            return texts.get(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            return "(the UI thread did not answer: " + e + ")";
        }
    }

    /** The visible shell whose data holds {@code key} (a dialog marks itself so), once it is there. */
    public Shell waitForShell(String key) {
        return waitFor("the shell " + key, () -> ui(() -> Arrays.stream(display().getShells())
                .filter(s -> !s.isDisposed() && s.isVisible() && s.getData(key) != null).findFirst().orElse(null)));
    }

    /** Types into the text field marked {@code key = field}. */
    public void fill(Shell shell, String key, String field, String value) {
        ui(() -> {
            ((Text) findData(shell, key, field)).setText(value);
            return null;
        });
    }

    /** Presses the button marked {@code key = button}, without waiting (it may open a modal dialog). */
    public void press(Shell shell, String key, String button) {
        display().asyncExec(() -> findData(shell, key, button).notifyListeners(SWT.Selection, new Event()));
    }

    /** Selects the tree item as a click would, without waiting (what it opens may be modal). */
    public void select(Supplier<TreeItem> item) {
        display().asyncExec(() -> {
            TreeItem i = item.get();
            Tree tree = i.getParent();
            tree.setSelection(i);
            Event e = new Event();
            e.item = i;
            tree.notifyListeners(SWT.Selection, e);
        });
    }

    /** Fails naming the texts of every visible shell but {@code main} (an error dialog, say). */
    public void assertOnlyWindow(Supplier<Shell> main) {
        List<String> others = ui(() -> Arrays.stream(display().getShells())
                .filter(s -> !s.isDisposed() && s.isVisible() && s != main.get()).map(Shell::getText).toList());
        if (!others.isEmpty()) {
            List<String> texts = ui(() -> Arrays.stream(display().getShells())
                    .filter(s -> !s.isDisposed() && s.isVisible() && s != main.get())
                    .map(s -> s.getText() + ": " + labels(s)).toList());
            assertEquals(List.of(), texts, "no dialog (no error) is open");
        }
    }

    /**
     * Keeps a PNG of the shell in {@code xingfeng.screenshots} (default {@code target/screenshots}) under
     * {@code name}, and checks it has content.
     */
    public Path screenshot(Supplier<Shell> shell, String name) throws Exception {
        Path dir = Path.of(System.getProperty("xingfeng.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        Path file = dir.resolve(name);
        ui(() -> {
            Display d = display();
            Shell s = shell.get();
            s.forceActive();
            s.update();
            while (d.readAndDispatch()) {
                // let the window paint
            }
            Rectangle bounds = s.getBounds();
            Image image = new Image(d, bounds.width, bounds.height);
            GC gc = new GC(d);
            try {
                gc.copyArea(image, bounds.x, bounds.y);
                ImageLoader loader = new ImageLoader();
                loader.data = new ImageData[] { image.getImageData() };
                loader.save(file.toString(), SWT.IMAGE_PNG);
            } finally {
                gc.dispose();
                image.dispose();
            }
            return null;
        });
        assertTrue(Files.size(file) > 10_000, "a screenshot with content: " + file);
        return file;
    }

    /** The menu bar's entry with the label (menus are filled as when they are about to show), or null. */
    public static MenuItem menuItem(Shell shell, String label) {
        Menu bar = shell.getMenuBar();
        for (MenuItem top : bar.getItems()) {
            Menu sub = top.getMenu();
            if (sub == null) {
                continue;
            }
            // e4 fills menus when they are about to show
            sub.notifyListeners(SWT.Show, new Event());
            for (MenuItem item : sub.getItems()) {
                if (label.equals(item.getText())) {
                    return item;
                }
            }
            sub.notifyListeners(SWT.Hide, new Event());
        }
        return null;
    }

    /** The first control below {@code root} whose data under {@code key} is {@code value}, or null. */
    public static Control findData(Composite root, String key, Object value) {
        for (Control c : root.getChildren()) {
            if (!c.isDisposed() && value.equals(c.getData(key))) {
                return c;
            }
            if (c instanceof Composite comp) {
                Control found = findData(comp, key, value);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The visible label showing exactly {@code text}, or null. */
    public static Label findLabel(Composite root, String text) {
        for (Control c : root.getChildren()) {
            if (c instanceof Label l && !l.isDisposed() && text.equals(l.getText()) && l.isVisible()) {
                return l;
            }
            if (c instanceof Composite comp) {
                Label found = findLabel(comp, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The text of the label or text field marked {@code key = value}, or null. */
    public static String text(Composite root, String key, String value) {
        Control c = findData(root, key, value);
        return c instanceof Label l ? l.getText() : c instanceof Text t ? t.getText() : null;
    }

    /** The texts of the labels below {@code root}, for a failure message. */
    public static String labels(Composite root) {
        StringBuilder sb = new StringBuilder();
        for (Control c : root.getChildren()) {
            if (c instanceof Label l && !l.getText().isBlank()) {
                sb.append(l.getText()).append(" | ");
            }
            if (c instanceof Composite comp) {
                sb.append(labels(comp));
            }
        }
        return sb.toString();
    }

    /** Whether a tree item below the control shows the text (labels do not count). */
    public static boolean treeShows(Control c, String text) {
        if (c instanceof Tree tree) {
            for (TreeItem item : tree.getItems()) {
                if (contains(item, text)) {
                    return true;
                }
            }
        }
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                if (treeShows(child, text)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a cell of a visible table below the control holds the text. */
    public static boolean tableShows(Control c, String text) {
        if (c instanceof Table table && table.isVisible()) {
            for (TableItem item : table.getItems()) {
                for (int i = 0; i < Math.max(1, table.getColumnCount()); i++) {
                    if (item.getText(i).contains(text)) {
                        return true;
                    }
                }
            }
        }
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                if (tableShows(child, text)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean contains(TreeItem item, String text) {
        if (item.getText().contains(text)) {
            return true;
        }
        for (TreeItem child : item.getItems()) {
            if (contains(child, text)) {
                return true;
            }
        }
        return false;
    }
}
