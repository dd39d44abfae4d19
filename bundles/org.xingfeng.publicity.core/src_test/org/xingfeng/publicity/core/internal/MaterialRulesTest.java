package org.xingfeng.publicity.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.xingfeng.platform.api.FieldError;
import org.xingfeng.publicity.api.materials.MaterialDraft;
import org.xingfeng.publicity.api.materials.MaterialKind;
import org.xingfeng.publicity.api.materials.MaterialState;

/** The library's rules without a database: a draft's fields, files per kind, approval, version numbers. */
class MaterialRulesTest {

    static List<String> fields(MaterialDraft d) {
        return MaterialRules.check(d).stream().map(FieldError::field).toList();
    }

    @Test
    void aDraftNamesEveryBadField() {
        assertEquals(List.of(), fields(new MaterialDraft(1L, null, "门诊共济", MaterialKind.POSTER, "海报", null, null)));
        assertEquals(List.of("unitId", "kind", "title"), fields(new MaterialDraft(null, null, null, null, " ", null,
                null)));
        assertEquals(List.of("link"), fields(new MaterialDraft(1L, null, null, MaterialKind.VIDEO, "视频", null, null)));
        assertEquals(List.of("link"),
                fields(new MaterialDraft(1L, null, null, MaterialKind.LEAFLET, "单页", null, "javascript:alert(1)")));
        assertEquals(List.of("title", "topic"), fields(new MaterialDraft(1L, null, "题".repeat(101),
                MaterialKind.SLOGAN, "标".repeat(201), null, null)));
        assertEquals(List.of("body"), fields(null));
    }

    @Test
    void aPosterIsAnImageAndASloganHasNoFile() {
        assertTrue(MaterialRules.suits(MaterialKind.POSTER, "image/png"));
        assertFalse(MaterialRules.suits(MaterialKind.POSTER, "application/pdf"));
        assertTrue(MaterialRules.suits(MaterialKind.LEAFLET, "application/pdf"));
        assertFalse(MaterialRules.takesFiles(MaterialKind.SLOGAN));
        assertTrue(MaterialRules.takesFiles(MaterialKind.VIDEO));
    }

    @Test
    void onlySomethingUsableIsApprovedAndOnlyApprovedIsShared() {
        assertTrue(MaterialRules.usable(MaterialKind.SLOGAN, 0, null));
        assertFalse(MaterialRules.usable(MaterialKind.POSTER, 0, null));
        assertTrue(MaterialRules.usable(MaterialKind.POSTER, 1, null));
        assertTrue(MaterialRules.usable(MaterialKind.VIDEO, 0, "https://v.example.cn/1"));
        assertTrue(MaterialRules.sharedBelow(MaterialState.APPROVED));
        assertFalse(MaterialRules.sharedBelow(MaterialState.DRAFT));
        assertFalse(MaterialRules.sharedBelow(MaterialState.WITHDRAWN));
    }

    @Test
    void versionsCountOnFromTheHighest() {
        assertEquals(1, MaterialRules.next(List.of()));
        assertEquals(4, MaterialRules.next(List.of(1, 3, 2)));
    }
}
