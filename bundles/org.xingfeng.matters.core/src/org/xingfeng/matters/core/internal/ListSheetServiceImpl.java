package org.xingfeng.matters.core.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.matters.api.ListSheetService;
import org.xingfeng.matters.api.MainItem;
import org.xingfeng.matters.api.MatterItemService;
import org.xingfeng.matters.api.SubItem;
import org.xingfeng.matters.api.SubItemQuery;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.NotFoundException;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.audit.AuditLog;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.persistence.Jpa;
import org.xingfeng.platform.api.spreadsheet.Csv;
import org.xingfeng.platform.api.spreadsheet.ImportReport;
import org.xingfeng.platform.api.spreadsheet.SpreadsheetService;
import org.xingfeng.platform.api.spreadsheet.Table;
import org.xingfeng.platform.api.time.BureauTime;

/** A unit's list read from and written to the attachment-1 layout (XLSX or CSV), all or nothing. */
@Component
public class ListSheetServiceImpl implements ListSheetService {

    static final Messages MESSAGES = Messages.of(ListSheetServiceImpl.class);

    private final EntityManagerFactory emf;
    private final BureauTime time;
    private final AuditLog audit;
    private final SpreadsheetService spreadsheets;
    private final OrgService org;
    private final MatterItemService items;
    private final SubItemMapper mapper;

    @Activate
    public ListSheetServiceImpl(@Reference MattersDatabase database, @Reference AuditLog audit,
            @Reference SpreadsheetService spreadsheets, @Reference OrgService org, @Reference MatterItemService items,
            @Reference BureauTime time) {
        this.time = time;
        this.mapper = new SubItemMapper(time.clock());
        this.emf = database.emf();
        this.audit = audit;
        this.spreadsheets = spreadsheets;
        this.org = org;
        this.items = items;
    }

    @Override
    public ImportReport importList(Actor actor, long unitId, InputStream file, Format format, boolean dryRun) {
        SubItemRules.requireEditor(actor);
        OrgUnit unit = org.unit(actor, unitId)
                .orElseThrow(() -> new NotFoundException(MESSAGES.text("entity.orgUnit"), unitId));
        List<List<String>> cells = format == Format.CSV ? Csv.read(file) : spreadsheets.read(file).get(0).rows();
        MattersSheet.Result sheet = MattersSheet.read(cells);
        if (!sheet.errors().isEmpty()) {
            return new ImportReport(dryRun, sheet.rows().size() + sheet.errors().size(), 0, 0, sheet.errors());
        }
        ListImport.Outcome outcome = Jpa.inTransaction(emf, em -> {
            ListImport listImport = new ListImport(em, unit, mapper);
            if (dryRun) {
                return listImport.plan(sheet.rows());
            }
            ListImport.Outcome applied = listImport.apply(sheet.rows());
            em.flush();
            // in the import's transaction: a failed entry undoes the whole import
            for (ListImport.Change c : applied.changes()) {
                audit.record(actor, c.before() == null ? "import-create" : "import-update", ItemHistory.ENTITY,
                        c.after().id(), c.before(), c.after());
            }
            return applied;
        });
        return new ImportReport(dryRun, sheet.rows().size(), outcome.created(), outcome.updated(), List.of());
    }

    @Override
    public Table exportList(Actor actor, long unitId) {
        OrgUnit unit = org.unit(actor, unitId)
                .orElseThrow(() -> new NotFoundException(MESSAGES.text("entity.orgUnit"), unitId));
        Map<Long, MainItem> mains = items.mainItems(actor, unitId).stream()
                .collect(Collectors.toMap(MainItem::id, m -> m));
        List<SubItem> subs = items.subItems(actor, SubItemQuery.ofUnit(unitId), PageRequest.EXPORT).items();
        List<List<Object>> rows = new ArrayList<>();
        int n = 1;
        for (SubItem s : subs) {
            rows.add(MattersSheet.row(n++, mains.get(s.mainItemId()), s));
        }
        return new Table("事项清单-" + unit.code(), "事项清单", MattersSheet.COLUMNS, rows);
    }
}
