package org.xingfeng.matters.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.xingfeng.matters.api.EnglishTexts;
import org.xingfeng.matters.api.HandlingChannel;
import org.xingfeng.matters.api.HandlingLevel;
import org.xingfeng.matters.api.MainItem;
import org.xingfeng.matters.api.Material;
import org.xingfeng.matters.api.MatterCategory;
import org.xingfeng.matters.api.ServiceGuide;
import org.xingfeng.matters.api.SubItem;
import org.xingfeng.matters.api.TimeLimit;

/** The guide's texts in English where the item has them, the Chinese with a note where it has not. */
class EnglishGuideTest {

    static final MainItem MAIN = new MainItem(1, 7, "YB02", "生育保险待遇", MatterCategory.PAYMENT);

    static SubItem item(EnglishTexts english, String idCardEn) {
        return item(english, idCardEn, null);
    }

    static SubItem item(EnglishTexts english, String idCardEn, String summaryEn) {
        return new SubItem(21, 1, 7, "YB02-001", "510703-YB02-001", "生育医疗费用报销", EnumSet.of(HandlingLevel.C),
                "《社会保险法》", List.of(new Material("报销申请表", "原件", 1, false, null, null, "Claim form"),
                        new Material("居民身份证", "复印件", 1, false, null, null, idCardEn),
                        new Material("出院小结", "原件", 1, true, null, null, summaryEn)),
                "参保人员", TimeLimit.days(5), List.of("申请", "审核", "支付"), "县医保服务大厅", null, null, null, null,
                EnumSet.of(HandlingChannel.WINDOW), null, english);
    }

    @Test
    void everyTextGivenInEnglishIsShownInEnglishWithoutANote() {
        EnglishTexts en = new EnglishTexts("Reimbursement of maternity medical costs", "Social Insurance Law",
                "Insured persons", List.of("Apply", "Review", "Pay"));
        ServiceGuide g = ServiceGuide.of(MAIN, item(en, "Resident identity card", "Discharge summary"),
                Locale.ENGLISH);
        assertEquals("Reimbursement of maternity medical costs: service guide", g.title());
        assertEquals(List.of("Apply", "Review", "Pay"), g.steps());
        assertEquals(List.of("Claim form", "Resident identity card"),
                g.toBring().stream().map(Material::name).toList());
        assertEquals(List.of("Original", "Copy"), g.toBring().stream().map(Material::form).toList());
        assertEquals(List.of("Discharge summary"), g.sharedData());
        assertNull(g.languageNote(), g.languageNote());
        assertTrue(g.entries().contains(new ServiceGuide.Entry("Legal basis", "Social Insurance Law")));
        assertTrue(g.entries().contains(new ServiceGuide.Entry("Conditions of acceptance", "Insured persons")));
    }

    @Test
    void aMissingEnglishTextIsTheChineseAndTheNoteNamesIt() {
        SubItem s = item(new EnglishTexts("Reimbursement of maternity medical costs", null, " ", List.of()), null);
        ServiceGuide g = ServiceGuide.of(MAIN, s, Locale.ENGLISH);
        assertEquals(List.of("申请", "审核", "支付"), g.steps());
        assertTrue(g.entries().contains(new ServiceGuide.Entry("Legal basis", "《社会保险法》")));
        assertTrue(g.entries().contains(new ServiceGuide.Entry("Conditions of acceptance", "参保人员")));
        assertEquals(List.of("Claim form", "居民身份证"), g.toBring().stream().map(Material::name).toList());
        assertEquals("Not yet available in English, shown in Chinese: Legal basis, Conditions of acceptance, Steps, "
                + "Materials", g.languageNote());
        assertTrue(g.html(null, Locale.ENGLISH).contains("<p class=\"note language-note\">Not yet available"));
    }

    @Test
    void theChineseGuideIsAsItWas() {
        EnglishTexts en = new EnglishTexts("Reimbursement", "Law", "Insured", List.of("Apply"));
        ServiceGuide withEnglish = ServiceGuide.of(MAIN, item(en, "ID card"), Locale.SIMPLIFIED_CHINESE);
        ServiceGuide without = ServiceGuide.of(MAIN, item(EnglishTexts.NONE, null), Locale.SIMPLIFIED_CHINESE);
        assertEquals(without.html(null), withEnglish.html(null));
        assertEquals(without.entries(), withEnglish.entries());
        assertEquals("生育医疗费用报销 办事指南", without.title());
        assertNull(without.languageNote());
        assertFalse(without.html(null).contains("Reimbursement"));
    }
}
