package org.xingfeng.matters.core.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.xingfeng.matters.api.CertificateRegister;
import org.xingfeng.matters.api.CertificateRegister.Entry;
import org.xingfeng.matters.api.CertificateRegister.ItemRef;
import org.xingfeng.matters.api.CertificateRegister.Kind;
import org.xingfeng.matters.api.Material;
import org.xingfeng.matters.api.SubItem;

/**
 * 减证便民台账 from a list's materials: one entry per material, way (cancelled or shared) and, for a cancellation,
 * basis and date, with every item that had it. Pure.
 */
final class CertificateRules {

    private CertificateRules() {
    }

    static CertificateRegister register(long unitId, List<SubItem> items, LocalDate from, LocalDate to) {
        Map<List<Object>, List<ItemRef>> affected = new LinkedHashMap<>();
        Map<List<Object>, Material> first = new LinkedHashMap<>();
        int withoutPaper = 0;
        for (SubItem s : items) {
            boolean paper = false;
            for (Material m : s.materials()) {
                Kind kind = m.cancelled() ? Kind.CANCELLED : m.sharedData() ? Kind.SHARED_DATA : null;
                if (kind == null) {
                    paper = true;
                    continue;
                }
                List<Object> key = kind == Kind.CANCELLED
                        ? List.of(m.name(), kind, Objects.toString(m.cancelledBasis(), ""), m.cancelledOn())
                        : List.of(m.name(), kind);
                first.putIfAbsent(key, m);
                affected.computeIfAbsent(key, k -> new ArrayList<>())
                        .add(new ItemRef(s.id(), s.basicCode(), s.name()));
            }
            if (!paper) {
                withoutPaper++;
            }
        }
        List<Entry> entries = new ArrayList<>();
        int cancelledInPeriod = 0;
        for (var e : affected.entrySet()) {
            Material m = first.get(e.getKey());
            Kind kind = (Kind) e.getKey().get(1);
            if (kind == Kind.CANCELLED) {
                if ((from != null && m.cancelledOn().isBefore(from)) || (to != null && m.cancelledOn().isAfter(to))) {
                    continue;
                }
                cancelledInPeriod++;
            } else if (from != null || to != null) {
                continue; // data sharing has no date: a period's report holds cancellations only
            }
            entries.add(new Entry(m.name(), kind, kind == Kind.CANCELLED ? m.cancelledBasis() : null,
                    kind == Kind.CANCELLED ? m.cancelledOn() : null, e.getValue()));
        }
        entries.sort((a, b) -> a.date() == null ? (b.date() == null ? a.material().compareTo(b.material()) : 1)
                : b.date() == null ? -1 : a.date().compareTo(b.date()));
        return new CertificateRegister(unitId, from, to, entries, cancelledInPeriod, items.size(), withoutPaper,
                DiscretionRules.share(withoutPaper, items.size()));
    }
}
