package org.xingfeng.matters.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.xingfeng.matters.api.CertificateRegister;
import org.xingfeng.matters.api.CertificateRegister.Kind;
import org.xingfeng.matters.api.Material;
import org.xingfeng.matters.api.SubItem;

/** 减证便民台账 against a hand-worked list. */
class CertificateRulesTest {

    static final String BASIS = "《国务院办公厅关于做好证明事项清理工作的通知》（国办发〔2018〕47号）";
    static final Material RESIDENCE = new Material("居住证明", "原件", 1, false, BASIS, LocalDate.of(2019, 10, 25));
    static final Material ID = new Material("居民身份证", "原件", 1, true, null, null);
    static final Material MARRIAGE = new Material("婚姻状况证明", "原件", 1, false, "本局决定第2号",
            LocalDate.of(2020, 6, 30));

    static SubItem item(long id, List<Material> materials) {
        return new SubItem(id, 1, 7, "C" + id, "I" + id, "事项" + id, Set.of(), null, materials, null, null, List.of(),
                null, null, null, null, null);
    }

    static final List<SubItem> LIST = List.of(item(1, List.of(RESIDENCE, ID)), // nothing on paper left
            item(2, List.of(RESIDENCE, Material.named("申请表"))), item(3, List.of(MARRIAGE, ID)), item(4, List.of()));

    @Test
    void everyMaterialCancelledOrSharedWithTheItemsItAffected() {
        CertificateRegister r = CertificateRules.register(7, LIST, null, null);
        assertEquals(List.of("居住证明", "婚姻状况证明", "居民身份证"), r.entries().stream().map(e -> e.material()).toList(),
                "cancellations by date, then data sharing");
        CertificateRegister.Entry residence = r.entries().get(0);
        assertEquals(Kind.CANCELLED, residence.kind());
        assertEquals(BASIS, residence.basis());
        assertEquals(List.of(1L, 2L), residence.items().stream().map(i -> i.id()).toList());
        assertEquals(Kind.SHARED_DATA, r.entries().get(2).kind());
        assertEquals(List.of(1L, 3L), r.entries().get(2).items().stream().map(i -> i.id()).toList());
        assertEquals(2, r.cancelledInPeriod());
        assertEquals(4, r.items());
        assertEquals(3, r.itemsWithoutPaper(), "items 1, 3 and 4 ask for no paper; item 2 still wants its form");
        assertEquals(75.0, r.withoutPaperShare());
    }

    @Test
    void aPeriodHoldsTheCancellationsMadeInIt() {
        CertificateRegister r = CertificateRules.register(7, LIST, LocalDate.of(2020, 1, 1),
                LocalDate.of(2020, 12, 31));
        assertEquals(List.of("婚姻状况证明"), r.entries().stream().map(e -> e.material()).toList());
        assertEquals(1, r.cancelledInPeriod());
        assertEquals(0, CertificateRules.register(7, LIST, LocalDate.of(2021, 1, 1), null).cancelledInPeriod());
        assertEquals(2, CertificateRules.register(7, LIST, null, LocalDate.of(2020, 6, 30)).cancelledInPeriod(),
                "both bounds inclusive");
    }
}
