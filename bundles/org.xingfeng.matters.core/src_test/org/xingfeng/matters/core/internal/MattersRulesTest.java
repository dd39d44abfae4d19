package org.xingfeng.matters.core.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.xingfeng.matters.api.Material;
import org.xingfeng.matters.api.SubItemDraft;
import org.xingfeng.matters.api.TimeLimit;
import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.ValidationException;

/** The pure rules of the items and the versions, without a database. */
class MattersRulesTest {

    static SubItemDraft draft(String name, TimeLimit limit, List<Material> materials, List<String> steps) {
        return new SubItemDraft(1, name, null, null, Set.of(), null, materials, null, limit, steps, null, null, null,
                null, null);
    }

    @Test
    void aGoodDraftPassesAndEveryBadFieldIsNamed() {
        assertTrue(SubItemRules.check(draft("单位参保登记", TimeLimit.days(5), List.of(Material.named("登记表")),
                List.of("申请", "办结"))).isEmpty());
        List<FieldError> errors = SubItemRules.check(draft(" ", new TimeLimit(false, 900),
                List.of(new Material("登记表", "扫描件", 1, false, null, null)), List.of("申请", " ")));
        assertEquals(List.of("name", "timeLimit", "materials[0].form", "steps[1]"),
                errors.stream().map(FieldError::field).toList());
        assertEquals("body", SubItemRules.check(null).get(0).field());
        assertThrows(ValidationException.class, () -> SubItemRules.validate(draft("", null, List.of(), List.of())));
    }

    @Test
    void aVersionNeedsADateAShortNoteAndItems() {
        assertEquals("effectiveDate",
                assertThrows(ValidationException.class, () -> ListVersionRules.check(null, null)).details().get(0)
                        .field());
        assertEquals("note", assertThrows(ValidationException.class,
                () -> ListVersionRules.check(LocalDate.of(2027, 1, 1), "长".repeat(501))).details().get(0).field());
        assertDoesNotThrow(() -> ListVersionRules.check(LocalDate.of(2027, 1, 1), "长".repeat(500)));
        assertThrows(ValidationException.class, () -> ListVersionRules.requireItems(0));
        assertDoesNotThrow(() -> ListVersionRules.requireItems(1));
        assertNull(ListVersionRules.note("  "));
        assertEquals("第一版", ListVersionRules.note(" 第一版 "));
    }
}
