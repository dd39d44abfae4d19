package org.xingfeng.matters.ui.internal;

import org.eclipse.swt.widgets.Composite;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.matters.api.ListSheetService;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.spreadsheet.SpreadsheetService;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.NamedViewContribution;
import org.xingfeng.platform.ui.ViewContribution;
import org.xingfeng.platform.ui.ViewSite;

/** 事项清单导入导出: everybody exports; editors import. */
@Component(service = ViewContribution.class)
public class ImportExportViewContribution extends NamedViewContribution {

    private final ListSheetService listSheets;
    private final OrgService org;
    private final SpreadsheetService sheets;

    @Activate
    public ImportExportViewContribution(@Reference ListSheetService listSheets, @Reference OrgService org,
            @Reference SpreadsheetService sheets) {
        super("matters.import", "matters", MattersTexts.MESSAGES.text("importExport.title"), 20);
        this.listSheets = listSheets;
        this.org = org;
        this.sheets = sheets;
    }

    @Override
    public ContributedView create(Composite parent, ViewSite site) {
        return new ImportExportView(parent, site, listSheets, org, sheets);
    }
}
