package org.xingfeng.training.ui.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.files.StoredFile;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.DataTable;
import org.xingfeng.platform.ui.widgets.Texts;
import org.xingfeng.training.api.courses.Course;
import org.xingfeng.training.api.materials.CourseMaterialService;

/** 课程资料: the selected course's files, uploaded, saved and removed by the training officer. */
final class MaterialsPanel {

    private final ViewSite site;
    private final CourseMaterialService materials;
    private final Texts t;
    private final DataTable<StoredFile> table;
    private Course course;

    MaterialsPanel(Composite parent, ViewSite site, CourseMaterialService materials, Texts t) {
        this.site = site;
        this.materials = materials;
        this.t = t;
        table = new DataTable<>(parent, site, t.get("materials.title"), List.of(
                TrainingUi.<StoredFile>column(t, "materials.name", StoredFile::name).width(220),
                TrainingUi.<StoredFile>column(t, "materials.type", StoredFile::mediaType).width(160),
                TrainingUi.<StoredFile>column(t, "materials.size", StoredFile::size).width(80),
                TrainingUi.<StoredFile>column(t, "materials.by", StoredFile::uploadedBy).width(90),
                TrainingUi.<StoredFile>column(t, "materials.at", StoredFile::uploadedAt).width(150)));
        Button upload = table.addButton(t.get("materials.upload"), this::uploadDialog);
        table.addButton(t.get("materials.save"), this::saveDialog);
        Button remove = table.addButton(t.get("materials.remove"), this::removeSelected);
        upload.setEnabled(TrainingUi.officer(site));
        remove.setEnabled(TrainingUi.officer(site));
    }

    private Actor actor() {
        return site.session().actor();
    }

    DataTable<StoredFile> table() {
        return table;
    }

    void show(Course c) {
        course = c;
        if (c == null) {
            table.setRows(List.of());
            return;
        }
        table.load(t.get("materials.reading"), monitor -> materials.materials(actor(), c.id()));
    }

    /** Uploads a file to the course shown; the list is read again. */
    void attach(String name, byte[] bytes) {
        if (course == null) {
            return;
        }
        materials.attach(actor(), course.id(), name, new ByteArrayInputStream(bytes));
        show(course);
    }

    /** The selected material's bytes. */
    byte[] selectedBytes() {
        StoredFile f = table.selected();
        return course == null || f == null ? null : materials.material(actor(), course.id(), f.id()).bytes();
    }

    private void uploadDialog() {
        if (course == null) {
            return;
        }
        String path = new FileDialog(site.shell(), SWT.OPEN).open();
        if (path == null) {
            return;
        }
        try {
            attach(Path.of(path).getFileName().toString(), Files.readAllBytes(Path.of(path)));
        } catch (IOException | RuntimeException e) {
            site.showError(e);
        }
    }

    private void saveDialog() {
        StoredFile f = table.selected();
        if (f == null) {
            return;
        }
        FileDialog dialog = new FileDialog(site.shell(), SWT.SAVE);
        dialog.setFileName(f.name());
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
        StoredFile f = table.selected();
        if (course == null || f == null) {
            return;
        }
        try {
            materials.detach(actor(), course.id(), f.id());
            show(course);
        } catch (RuntimeException e) {
            site.showError(e);
        }
    }
}
