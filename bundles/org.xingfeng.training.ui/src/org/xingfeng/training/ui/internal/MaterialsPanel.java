package org.xingfeng.training.ui.internal;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.files.StoredFile;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.DataTable;
import org.xingfeng.platform.ui.widgets.FilesPanel;
import org.xingfeng.platform.ui.widgets.Texts;
import org.xingfeng.training.api.courses.Course;
import org.xingfeng.training.api.materials.CourseMaterialService;

/** 课程资料: the selected course's files, uploaded, saved and removed by the training officer. */
final class MaterialsPanel {

    private final ViewSite site;
    private final CourseMaterialService materials;
    private final FilesPanel<StoredFile> files;

    MaterialsPanel(Composite parent, ViewSite site, CourseMaterialService materials, Texts t) {
        this.site = site;
        this.materials = materials;
        files = new FilesPanel<>(parent, site, t.get("materials.title"), List.of(
                TrainingUi.<StoredFile>column(t, "materials.name", StoredFile::name).width(220),
                TrainingUi.<StoredFile>column(t, "materials.type", StoredFile::mediaType).width(160),
                TrainingUi.<StoredFile>column(t, "materials.size", StoredFile::size).width(80),
                TrainingUi.<StoredFile>column(t, "materials.by", StoredFile::uploadedBy).width(90),
                TrainingUi.<StoredFile>column(t, "materials.at", StoredFile::uploadedAt).width(150)),
                StoredFile::name).removable();
        boolean officer = TrainingUi.officer(site);
        files.setAllowed(officer, officer);
    }

    private Actor actor() {
        return site.session().actor();
    }

    DataTable<StoredFile> table() {
        return files.table();
    }

    void show(Course c) {
        if (c == null) {
            files.show(null);
            return;
        }
        long id = c.id();
        files.show(new FilesPanel.Store<>() {
            @Override
            public List<StoredFile> files() {
                return materials.materials(actor(), id);
            }

            @Override
            public void upload(String name, byte[] bytes) {
                materials.attach(actor(), id, name, new ByteArrayInputStream(bytes));
            }

            @Override
            public byte[] bytes(StoredFile f) {
                return materials.material(actor(), id, f.id()).bytes();
            }

            @Override
            public void remove(StoredFile f) {
                materials.detach(actor(), id, f.id());
            }
        });
    }

    /** Uploads a file to the course shown; the list is read again. */
    void attach(String name, byte[] bytes) {
        files.upload(name, bytes);
    }

    /** The selected material's bytes. */
    byte[] selectedBytes() {
        return files.selectedBytes();
    }
}
