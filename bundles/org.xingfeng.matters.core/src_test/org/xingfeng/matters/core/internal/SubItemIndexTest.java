package org.xingfeng.matters.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.xingfeng.matters.api.HandlingLevel;
import org.xingfeng.matters.api.MatterCategory;
import org.xingfeng.matters.api.SubItemQuery;
import org.xingfeng.matters.core.internal.SubItemIndex.Entry;

/** The search's rules in memory, against hand-worked lists. */
class SubItemIndexTest {

    private static final MatterCategory PAY = MatterCategory.values()[0];
    private static final MatterCategory OTHER = MatterCategory.values()[1];

    /** Two counties (10, 20); ids chosen apart from code order, one item without a code. */
    private static final List<Entry> ENTRIES = sorted(List.of(
            new Entry(5, 10, 1, "M001-002", "生育津贴申领", "IC-5", "BC", "生育保险待遇", "M001", PAY),
            new Entry(3, 10, 1, "M001-001", "产前检查费报销", "IC-3", "C", "生育保险待遇", "M001", PAY),
            new Entry(9, 10, 2, "M002-001", "异地就医备案", "IC-9", "ABC", "异地就医", "M002", OTHER),
            new Entry(7, 20, 4, "M001-001", "生育津贴申领", "IC-7", "C", "生育待遇", "M001", PAY),
            new Entry(8, 20, 4, null, "门诊慢特病认定", null, null, "生育待遇", "M001", PAY)));

    @Test
    void codeOrderThenIdAndAnItemWithoutACodeLast() {
        assertEquals(List.of(3L, 7L, 5L, 9L, 8L), ids(SubItemQuery.ALL, null));
    }

    @Test
    void textMatchesTheNameOrCodesOfTheItemOrOfItsMainItem() {
        assertEquals(List.of(7L, 5L), ids(text("津贴"), null), "the names");
        assertEquals(List.of(3L, 7L, 5L, 8L), ids(text("生育"), null), "names, or the main item's name");
        assertEquals(List.of(9L), ids(text("M002"), null), "a code");
        assertEquals(List.of(9L), ids(text("IC-9"), null), "an implementation code");
        assertEquals(List.of(3L, 7L, 5L, 8L), ids(text(" M001 "), null), "the main item's code, trimmed");
        assertEquals(List.of(), ids(text("生育津贴申领X"), null));
        assertEquals(List.of(7L, 5L), ids(text("生_育%津贴"), null), "without the wildcards % and _");
    }

    @Test
    void unitReachMainLevelAndCategoryNarrowIt() {
        assertEquals(List.of(3L, 5L, 9L), ids(new SubItemQuery(10L, null, null, null, null), null));
        assertEquals(List.of(7L, 8L), ids(SubItemQuery.ALL, Set.of(20L)), "the caller's reach");
        assertEquals(List.of(), ids(new SubItemQuery(10L, null, null, null, null), Set.of(20L)));
        assertEquals(List.of(7L, 8L), ids(new SubItemQuery(null, 4L, null, null, null), null));
        assertEquals(List.of(5L, 9L), ids(new SubItemQuery(null, null, null, HandlingLevel.B, null), null));
        assertEquals(List.of(9L), ids(new SubItemQuery(null, null, null, null, OTHER), null));
        assertEquals(List.of(3L, 7L, 5L, 8L), ids(new SubItemQuery(null, null, "生育", null, PAY), null),
                "a category with a text: the text still matches the item or its main item");
        assertEquals(List.of(), ids(new SubItemQuery(null, null, "生育", null, OTHER), null));
    }

    @Test
    void pagesCountEveryMatchAndTakeTheirSlice() {
        SubItemIndex.Matches first = SubItemIndex.match(ENTRIES, SubItemQuery.ALL, null, 0, 2);
        assertEquals(5, first.total());
        assertEquals(List.of(3L, 7L), first.ids());
        SubItemIndex.Matches last = SubItemIndex.match(ENTRIES, SubItemQuery.ALL, null, 4, 2);
        assertEquals(5, last.total());
        assertEquals(List.of(8L), last.ids());
        SubItemIndex.Matches past = SubItemIndex.match(ENTRIES, text("生育"), null, 10, 2);
        assertEquals(4, past.total());
        assertEquals(List.of(), past.ids());
    }

    private static SubItemQuery text(String text) {
        return new SubItemQuery(null, null, text, null, null);
    }

    private static List<Long> ids(SubItemQuery q, Set<Long> units) {
        return SubItemIndex.match(ENTRIES, q, units, 0, 100).ids();
    }

    private static List<Entry> sorted(List<Entry> entries) {
        List<Entry> copy = new ArrayList<>(entries);
        copy.sort(SubItemIndex.ORDER);
        return copy;
    }
}
