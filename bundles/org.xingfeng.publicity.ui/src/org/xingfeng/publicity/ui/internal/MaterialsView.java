package org.xingfeng.publicity.ui.internal;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.DataTable;
import org.xingfeng.platform.ui.widgets.Texts;
import org.xingfeng.publicity.api.materials.Material;
import org.xingfeng.publicity.api.materials.MaterialQuery;
import org.xingfeng.publicity.api.materials.MaterialService;
import org.xingfeng.publicity.api.materials.MaterialVersion;

/**
 * 宣传资料库: the materials the user's units may use (their own in any state, the approved ones of the units above),
 * and the chosen one's versions with their downloads. Reads the api service only.
 */
public class MaterialsView implements ContributedView {

    private final ViewSite site;
    private final MaterialService materials;
    private final Texts t;
    private final SashForm root;
    private final DataTable<Material> list;
    private final Label chosen;
    private final DataTable<MaterialVersion> versions;

    public MaterialsView(Composite parent, ViewSite site, MaterialService materials) {
        this.site = site;
        this.materials = materials;
        this.t = Texts.of(site, MaterialsView.class);
        root = new SashForm(parent, SWT.VERTICAL);
        list = new DataTable<>(root, site, t.get("view.materials"), List.of(
                PublicityUi.<Material>column(t, "material.title", Material::title).width(240),
                PublicityUi.<Material>column(t, "material.kind", m -> PublicityUi.label(t, m.kind())).width(80),
                PublicityUi.<Material>column(t, "article.unit", Material::unitName).width(140),
                PublicityUi.<Material>column(t, "material.topic", Material::topic).width(100),
                PublicityUi.<Material>column(t, "material.state", m -> PublicityUi.label(t, m.state())).width(70),
                PublicityUi.<Material>column(t, "material.approvedBy", Material::approvedBy).width(100),
                PublicityUi.<Material>column(t, "material.versions", m -> m.versions().size()).width(60),
                PublicityUi.<Material>column(t, "material.downloads", Material::downloads).width(70),
                PublicityUi.<Material>column(t, "material.link", Material::link).width(200)));
        list.onSelection(this::show);
        Composite detail = new Composite(root, SWT.NONE);
        detail.setLayout(new GridLayout(1, false));
        chosen = new Label(detail, SWT.WRAP);
        chosen.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        versions = new DataTable<>(detail, site, t.get("material.versionsTitle"), List.of(
                PublicityUi.<MaterialVersion>column(t, "material.number", MaterialVersion::number).width(50),
                PublicityUi.<MaterialVersion>column(t, "material.fileName", MaterialVersion::name).width(220),
                PublicityUi.<MaterialVersion>column(t, "material.mediaType", MaterialVersion::mediaType).width(110),
                PublicityUi.<MaterialVersion>column(t, "material.size", MaterialVersion::size).width(80),
                PublicityUi.<MaterialVersion>column(t, "material.note", MaterialVersion::note).width(160),
                PublicityUi.<MaterialVersion>column(t, "material.uploadedBy", MaterialVersion::uploadedBy).width(100),
                PublicityUi.<MaterialVersion>column(t, "material.downloads", MaterialVersion::downloads).width(70)));
        versions.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        root.setWeights(3, 2);
        reload();
    }

    private Actor actor() {
        return site.session().actor();
    }

    public void reload() {
        list.load(t.get("reading"),
                monitor -> materials.materials(actor(), MaterialQuery.ALL, PageRequest.ALL).items());
    }

    /** Shows a material's versions (as a selection in the list does). */
    public void show(Material m) {
        if (m == null) {
            return;
        }
        chosen.setText(t.get("material.chosen", m.title(), m.description() == null ? "" : m.description()));
        chosen.getParent().layout();
        versions.setRows(m.versions());
    }

    public DataTable<Material> list() {
        return list;
    }

    public DataTable<MaterialVersion> versions() {
        return versions;
    }

    @Override
    public void setFocus() {
        list.filterBox().setFocus();
    }
}
