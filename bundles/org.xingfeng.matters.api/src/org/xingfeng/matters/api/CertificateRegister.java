package org.xingfeng.matters.api;

import java.time.LocalDate;
import java.util.List;

/**
 * 减证便民台账: a unit's register of materials no longer asked of citizens, each cancelled (取消, with its basis and
 * date) or replaced by data sharing (数据共享, fetched by the officer), with the items it affected; and the period's
 * report: materials cancelled between {@code from} and {@code to} (both inclusive, null for open), and the items
 * needing no paper from the citizen (every material still required is fetched by data sharing) and their share in
 * percent.
 */
public record CertificateRegister(long unitId, LocalDate from, LocalDate to, List<Entry> entries,
        int cancelledInPeriod, int items, int itemsWithoutPaper, double withoutPaperShare) {

    public CertificateRegister {
        entries = List.copyOf(entries);
    }

    /** How a material left the citizen's list. */
    public enum Kind {
        CANCELLED, SHARED_DATA
    }

    /** One material: its name, how it went, basis and date (a cancellation's), and the items it affected. */
    public record Entry(String material, Kind kind, String basis, LocalDate date, List<ItemRef> items) {

        public Entry {
            items = List.copyOf(items);
        }
    }

    /** An affected item: its id, basic code and name. */
    public record ItemRef(long id, String basicCode, String name) {
    }
}
