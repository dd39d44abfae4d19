package org.xingfeng.publicity.ui.internal;

import org.eclipse.swt.widgets.Composite;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.NamedViewContribution;
import org.xingfeng.platform.ui.ViewContribution;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.publicity.api.materials.MaterialService;

/** 宣传资料库 in the client's navigator, for the module's roles, admin and auditors. */
@Component(service = ViewContribution.class)
public class MaterialsViewContribution extends NamedViewContribution {

    private final MaterialService materials;
    private final OrgService org;

    @Activate
    public MaterialsViewContribution(@Reference MaterialService materials, @Reference OrgService org) {
        super("publicity.materials", PublicityUi.MODULE, PublicityUi.MESSAGES.text("view.materials"), 30,
                PublicityUi.READERS);
        this.materials = materials;
        this.org = org;
    }

    @Override
    public ContributedView create(Composite parent, ViewSite site) {
        return new MaterialsView(parent, site, materials, org);
    }
}
