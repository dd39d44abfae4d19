package org.xingfeng.platform.ui.widgets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.xingfeng.platform.ui.ViewSite;

/**
 * The files of one owner (a course, a demand, a material) in a table with 上传 (a file chosen on disk), 另存为 (the
 * selected file written to disk) and, when the module allows it, 删除. A refused upload (size, type, state) shows the
 * server's message and leaves the list as it was. The module says where the files are through a {@link Store} for
 * the owner shown.
 */
public class FilesPanel<T> {

    /** The files of the owner shown, as the module's service reads and writes them. */
    public interface Store<T> {

        /** The owner's files (runs in the background). */
        List<T> files() throws Exception;

        /** Stores a new file under the owner; throws to refuse it. */
        void upload(String name, byte[] bytes);

        /** A file's bytes. */
        byte[] bytes(T file);

        /** Removes a file (for a panel made {@link FilesPanel#removable() removable}); throws to refuse. */
        default void remove(T file) {
            throw new UnsupportedOperationException();
        }
    }

    private final ViewSite site;
    private final Texts texts;
    private final DataTable<T> table;
    private final Function<T, String> name;
    private final Button upload;
    private Button remove;
    private boolean uploadAllowed = true;
    private boolean removeAllowed = true;
    private Store<T> store;

    /**
     * @param title   the table's name (its export's sheet)
     * @param columns how a file is shown
     * @param name    a file's name, offered when it is saved
     */
    public FilesPanel(Composite parent, ViewSite site, String title, List<Column<T>> columns,
            Function<T, String> name) {
        this.site = site;
        this.texts = Texts.of(site, FilesPanel.class);
        this.name = name;
        table = new DataTable<>(parent, site, title, columns);
        upload = table.addButton(texts.get("files.upload"), this::uploadDialog);
        table.addButton(texts.get("files.save"), this::saveDialog);
        enable();
    }

    /** Adds 删除 for the selected file (the store's {@link Store#remove}). */
    public FilesPanel<T> removable() {
        remove = table.addButton(texts.get("files.remove"), this::removeSelected);
        enable();
        return this;
    }

    /** Whether the user may upload (and remove): e.g. the module's officer only. */
    public void setAllowed(boolean mayUpload, boolean mayRemove) {
        uploadAllowed = mayUpload;
        removeAllowed = mayRemove;
        enable();
    }

    private void enable() {
        upload.setEnabled(store != null && uploadAllowed);
        if (remove != null) {
            remove.setEnabled(store != null && removeAllowed);
        }
    }

    public DataTable<T> table() {
        return table;
    }

    /** Shows the files of an owner; null: none (the buttons then do nothing). */
    public void show(Store<T> files) {
        store = files;
        enable();
        reload();
    }

    /** Reads the owner's files again. */
    public void reload() {
        Store<T> s = store;
        if (s == null) {
            table.setRows(List.of());
        } else {
            table.load(texts.get("files.reading"), monitor -> s.files());
        }
    }

    /** Uploads a file to the owner shown and reads the list again; a refusal is thrown, nothing changed. */
    public void upload(String fileName, byte[] bytes) {
        if (store == null) {
            return;
        }
        store.upload(fileName, bytes);
        reload();
    }

    /** The selected file's bytes, or null. */
    public byte[] selectedBytes() {
        T f = table.selected();
        return store == null || f == null ? null : store.bytes(f);
    }

    private void uploadDialog() {
        if (store == null) {
            return;
        }
        String path = new FileDialog(site.shell(), SWT.OPEN).open();
        if (path == null) {
            return;
        }
        try {
            upload(Path.of(path).getFileName().toString(), Files.readAllBytes(Path.of(path)));
        } catch (IOException | RuntimeException e) {
            site.showError(e);
        }
    }

    private void saveDialog() {
        T f = table.selected();
        if (store == null || f == null) {
            return;
        }
        FileDialog dialog = new FileDialog(site.shell(), SWT.SAVE);
        dialog.setFileName(name.apply(f));
        dialog.setOverwrite(true);
        String path = dialog.open();
        if (path == null) {
            return;
        }
        try {
            Files.write(Path.of(path), selectedBytes());
        } catch (IOException | RuntimeException e) {
            site.showError(e);
        }
    }

    private void removeSelected() {
        T f = table.selected();
        if (store == null || f == null || remove == null) {
            return;
        }
        try {
            store.remove(f);
            reload();
        } catch (RuntimeException e) {
            site.showError(e);
        }
    }
}
