package org.xingfeng.matters.ui.internal;

import java.util.Locale;

import org.eclipse.swt.widgets.Composite;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.matters.api.MattersService;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.spreadsheet.SpreadsheetService;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.ViewContribution;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.Texts;

/** 事项清单导入导出: everybody exports; editors import. */
@Component(service = ViewContribution.class)
public class ImportExportViewContribution implements ViewContribution {

    private final MattersService matters;
    private final OrgService org;
    private final SpreadsheetService sheets;

    @Activate
    public ImportExportViewContribution(@Reference MattersService matters, @Reference OrgService org, @Reference SpreadsheetService sheets) {
        this.matters = matters;
        this.org = org;
        this.sheets = sheets;
    }

    @Override
    public String id() {
        return "matters.import";
    }

    @Override
    public String moduleId() {
        return "matters";
    }

    @Override
    public String label(Locale locale) {
        return new Texts(locale).t("导入导出", "Import and export");
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public ContributedView create(Composite parent, ViewSite site) {
        return new ImportExportView(parent, site, matters, org, sheets);
    }
}
