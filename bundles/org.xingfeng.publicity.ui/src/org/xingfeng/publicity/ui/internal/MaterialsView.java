package org.xingfeng.publicity.ui.internal;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.Choice;
import org.xingfeng.platform.ui.widgets.DataTable;
import org.xingfeng.platform.ui.widgets.FilesPanel;
import org.xingfeng.platform.ui.widgets.FormDialog;
import org.xingfeng.platform.ui.widgets.Texts;
import org.xingfeng.publicity.api.materials.Material;
import org.xingfeng.publicity.api.materials.MaterialDraft;
import org.xingfeng.publicity.api.materials.MaterialKind;
import org.xingfeng.publicity.api.materials.MaterialQuery;
import org.xingfeng.publicity.api.materials.MaterialService;
import org.xingfeng.publicity.api.materials.MaterialState;
import org.xingfeng.publicity.api.materials.MaterialVersion;

/**
 * 宣传资料库: the materials the user's units may use (their own in any state, the approved ones of the units above),
 * and the chosen one's versions with their downloads. An editor enters a material, uploads a new version of its file
 * (size and type checked by the server, whose refusal is shown), approves and withdraws it; everyone saves a version's
 * file (a download, counted).
 */
public class MaterialsView implements ContributedView {

    private final ViewSite site;
    private final MaterialService materials;
    private final OrgService org;
    private final Texts t;
    private final SashForm root;
    private final DataTable<Material> list;
    private final Label chosen;
    private final FilesPanel<MaterialVersion> versions;
    private final Button newButton;
    private final Button approveButton;
    private final Button withdrawButton;
    private Material shown;

    public MaterialsView(Composite parent, ViewSite site, MaterialService materials, OrgService org) {
        this.site = site;
        this.materials = materials;
        this.org = org;
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
        boolean editor = PublicityUi.editor(site);
        newButton = list.addButton(t.get("material.new"), this::newMaterialDialog);
        newButton.setEnabled(editor);
        approveButton = list.addButton(t.get("material.approve"), () -> change(list.selected(), true));
        withdrawButton = list.addButton(t.get("material.withdraw"), () -> change(list.selected(), false));
        Composite detail = new Composite(root, SWT.NONE);
        detail.setLayout(new GridLayout(1, false));
        chosen = new Label(detail, SWT.WRAP);
        chosen.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        versions = new FilesPanel<>(detail, site, t.get("material.versionsTitle"), List.of(
                PublicityUi.<MaterialVersion>column(t, "material.number", MaterialVersion::number).width(50),
                PublicityUi.<MaterialVersion>column(t, "material.fileName", MaterialVersion::name).width(220),
                PublicityUi.<MaterialVersion>column(t, "material.mediaType", MaterialVersion::mediaType).width(110),
                PublicityUi.<MaterialVersion>column(t, "material.size", MaterialVersion::size).width(80),
                PublicityUi.<MaterialVersion>column(t, "material.note", MaterialVersion::note).width(160),
                PublicityUi.<MaterialVersion>column(t, "material.uploadedBy", MaterialVersion::uploadedBy).width(100),
                PublicityUi.<MaterialVersion>column(t, "material.downloads", MaterialVersion::downloads).width(70)),
                MaterialVersion::name);
        versions.table().control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        root.setWeights(3, 2);
        enable();
        reload();
    }

    private Actor actor() {
        return site.session().actor();
    }

    public void reload() {
        list.load(t.get("reading"),
                monitor -> materials.materials(actor(), MaterialQuery.ALL, PageRequest.ALL).items());
    }

    private void enable() {
        boolean editor = PublicityUi.editor(site);
        MaterialState s = shown == null ? null : shown.state();
        approveButton.setEnabled(editor && s == MaterialState.DRAFT);
        withdrawButton.setEnabled(editor && s != null && s != MaterialState.WITHDRAWN);
        versions.setAllowed(editor && s != null && s != MaterialState.WITHDRAWN && shown.kind() != MaterialKind.SLOGAN,
                false);
    }

    /** Shows a material's versions (as a selection in the list does). */
    public void show(Material m) {
        shown = m;
        enable();
        if (m == null) {
            versions.show(null);
            return;
        }
        chosen.setText(t.get("material.chosen", m.title(), m.description() == null ? "" : m.description()));
        chosen.getParent().layout();
        long id = m.id();
        versions.show(new FilesPanel.Store<>() {
            @Override
            public List<MaterialVersion> files() {
                return materials.material(actor(), id).map(Material::versions).orElse(List.of());
            }

            @Override
            public void upload(String name, byte[] bytes) {
                materials.upload(actor(), id, name, null, new ByteArrayInputStream(bytes));
            }

            @Override
            public byte[] bytes(MaterialVersion v) {
                return materials.download(actor(), id, v.number()).bytes();
            }
        });
    }

    /**
     * Uploads a new version of the shown material's file; the list is read again (the material is a draft again). A
     * refusal (size, type, state) is thrown with the server's message, and nothing changed.
     */
    public void upload(String name, byte[] bytes) {
        versions.upload(name, bytes);
        afterChange(shown == null ? null : shown.id());
    }

    /** The selected version's bytes, a download as the server counts it. */
    public byte[] selectedBytes() {
        return versions.selectedBytes();
    }

    /** 审核通过 or 撤回 of a material; a refusal (state, a material without file) is shown. */
    public void change(Material m, boolean approve) {
        if (m == null) {
            return;
        }
        try {
            Material after = approve ? materials.approve(actor(), m.id()) : materials.withdraw(actor(), m.id());
            site.status(t.get(approve ? "material.approved" : "material.withdrawn", after.title()));
            afterChange(after.id());
        } catch (RuntimeException e) {
            site.showError(e);
        }
    }

    /** Reads the list and the changed material again, keeping it selected. */
    private void afterChange(Long id) {
        site.run(t.get("reading"), monitor -> materials.materials(actor(), MaterialQuery.ALL, PageRequest.ALL).items(),
                rows -> {
                    if (root.isDisposed()) {
                        return;
                    }
                    list.setRows(rows);
                    rows.stream().filter(r -> id != null && r.id() == id).findFirst().ifPresent(r -> {
                        list.select(r);
                        show(r);
                    });
                });
    }

    /** 新建资料: unit, kind, title, topic, description and link; the service's refusals are marked on their fields. */
    public void newMaterialDialog() {
        if (!PublicityUi.editor(site)) {
            return;
        }
        List<Choice<Long>> units = PublicityUi.unitChoices(t, org, actor());
        Material[] saved = new Material[1];
        FormDialog d = new FormDialog(site, t.get("material.newTitle"), t.get("material.newHint"))
                .choice("unitId", t.get("article.unit"), units, units.isEmpty() ? null : units.get(0).value())
                .choice("kind", t.get("material.kind"), PublicityUi.choices(t, MaterialKind.values(), false),
                        MaterialKind.POSTER)
                .text("title", t.get("material.title"), "")
                .text("topic", t.get("material.topic"), "")
                .multiline("description", t.get("material.description"), "")
                .text("link", t.get("material.link"), "");
        d.onSave(f -> saved[0] = materials.create(actor(),
                new MaterialDraft(f.choice("unitId"), null, PublicityUi.blankToNull(f.text("topic")), f.choice("kind"),
                        f.text("title").strip(), PublicityUi.blankToNull(f.text("description")),
                        PublicityUi.blankToNull(f.text("link")))));
        if (d.open() == FormDialog.OK) {
            site.status(t.get("material.saved", saved[0].title()));
            afterChange(saved[0].id());
        }
    }

    public DataTable<Material> list() {
        return list;
    }

    public DataTable<MaterialVersion> versions() {
        return versions.table();
    }

    public Button approveButton() {
        return approveButton;
    }

    public Button withdrawButton() {
        return withdrawButton;
    }

    @Override
    public void setFocus() {
        list.filterBox().setFocus();
    }
}
