package org.xingfeng.matters.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.xingfeng.matters.api.MatterItemService;
import org.xingfeng.matters.api.SubItem;
import org.xingfeng.matters.api.SubItemQuery;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.audit.AuditLog;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.persistence.PersistenceService;
import org.xingfeng.platform.api.time.BureauTime;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.Services;

/**
 * The search's index in memory follows every committed change, this server's and another's: a second service on a
 * persistence unit of its own over the same database (as a second server of a province) changes items, and the
 * running server's search shows the change at once; and the other way round.
 */
class SearchIndexIT {

    @Test
    void aChangeOnAnotherServerIsSearchedAtOnce() {
        Api.awaitReady();
        BundleContext c = FrameworkUtil.getBundle(SearchIndexIT.class).getBundleContext();
        MatterItemService here = Services.get(c, MatterItemService.class);
        MattersDatabase otherDatabase = new MattersDatabase(Services.get(c, PersistenceService.class));
        try {
            MatterItemServiceImpl other = new MatterItemServiceImpl(otherDatabase, Services.get(c, AuditLog.class),
                    Services.get(c, OrgService.class), Services.get(c, BureauTime.class));
            String root = Api.admin();
            String marker = "ix" + Api.unique();
            long county = AuditInTransactionIT.county();
            SubItemPagesIT.importList(root, county, marker, 6);
            // both servers have searched (and loaded their index) before the changes
            assertEquals(6, search(here, marker).size());
            List<SubItem> found = search(other, marker);
            assertEquals(6, found.size(), "the import through the running server, on the other");

            SubItem renamed = other.updateSubItem(AuditInTransactionIT.ADMIN, found.get(0).id(),
                    AuditInTransactionIT.renamed(found.get(0), "改名" + marker + "后"));
            other.deleteSubItem(AuditInTransactionIT.ADMIN, found.get(1).id());
            List<SubItem> seen = search(here, marker);
            assertEquals(5, seen.size(), "the other's deletion, here: " + seen);
            assertEquals(List.of(renamed.id()), search(here, "改名" + marker).stream().map(SubItem::id).toList(),
                    "the other's new name, here");
            assertEquals(0, search(here, found.get(0).name()).size(), "the old name gone");

            here.deleteSubItem(AuditInTransactionIT.ADMIN, renamed.id());
            assertEquals(4, search(other, marker).size(), "and the running server's change on the other");
            assertEquals(4, here.subItems(AuditInTransactionIT.ADMIN, SubItemQuery.ofUnit(county), PageRequest.of(0, 2))
                    .total(), "a unit's list counts the same");
        } finally {
            otherDatabase.close();
        }
    }

    private static List<SubItem> search(MatterItemService service, String text) {
        return service.subItems(AuditInTransactionIT.ADMIN, new SubItemQuery(null, null, text, null, null),
                PageRequest.of(0, 50)).items();
    }
}
