package org.xingfeng.matters.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.matters.api.EnglishTexts;
import org.xingfeng.matters.api.ListSheetService;
import org.xingfeng.matters.api.Material;
import org.xingfeng.matters.api.MatterItemService;
import org.xingfeng.matters.api.SubItem;
import org.xingfeng.matters.api.SubItemQuery;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.org.OrgLevel;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.org.OrgUnitDraft;
import org.xingfeng.platform.ui.testing.ViewTestSupport;
import org.xingfeng.platform.ui.widgets.FormDialog;

/**
 * The item editor's English guide tab and a material's English name, under Xvfb on the real services: entered,
 * saved and shown again; a bad English text shown beside its field with nothing stored.
 */
class EnglishTextsEditorIT extends ViewTestSupport {

    static final String CSV = "序号,主项名称,主项类别,子项名称,办理层级,设定依据,办理材料明细,办理时限,办事流程,备注\n"
            + "1,医疗救助资金给付,公共服务,医疗救助,C,《社会救助暂行办法》,《救助申请表》,10个工作日,申请—审核—办结,\n";

    static MatterItemService items;
    static OrgUnit county;

    @BeforeAll
    static void data() throws Exception {
        items = service(MatterItemService.class);
        OrgService org = service(OrgService.class);
        OrgUnit province = org.createUnit(admin, new OrgUnitDraft(null, "EN53", "云南省医疗保障局", OrgLevel.PROVINCE));
        OrgUnit city = org.createUnit(admin, new OrgUnitDraft(province.id(), "EN5301", "昆明市医疗保障局", OrgLevel.CITY));
        county = org.createUnit(admin, new OrgUnitDraft(city.id(), "EN530124", "富民县医疗保障局", OrgLevel.COUNTY));
        assertTrue(service(ListSheetService.class).importList(admin, county.id(),
                new ByteArrayInputStream(CSV.getBytes(StandardCharsets.UTF_8)), ListSheetService.Format.CSV, false)
                .ok());
    }

    static SubItem stored() {
        return items.subItems(admin, SubItemQuery.ofUnit(county.id()), PageRequest.ALL).items().get(0);
    }

    MattersListView list() throws Exception {
        MattersListView view = (MattersListView) contribution("matters.list").create(open(admin, Locale.ENGLISH),
                site);
        view.selectUnit(county.id());
        return view;
    }

    @Test
    void englishTextsAreEnteredSavedAndShownAgain() throws Exception {
        MattersListView view = list();
        withDialog(ItemEditor.class, e -> {
            assertEquals("", e.text("english.name"));
            e.setText("english.name", "Medical assistance");
            e.setText("english.legalBasis", "Interim Measures on Social Assistance");
            e.setText("english.steps", "Apply\n\nReview\n Decision ");
            withDialog(FormDialog.class, m -> {
                m.setText("nameEn", "Application form for medical assistance");
                m.submit();
            }, () -> e.materialDialog(0));
            e.tabs().setSelection(e.tabs().getItemCount() - 1);
            try {
                capture(e.getShell(), "matters-editor-english");
            } catch (Exception x) {
                throw new AssertionError(x);
            }
            e.submit();
        }, () -> view.openEditor(view.table().rows().get(0)));
        SubItem after = stored();
        assertEquals(new EnglishTexts("Medical assistance", "Interim Measures on Social Assistance", null,
                List.of("Apply", "Review", "Decision")), after.english());
        assertEquals("Application form for medical assistance", after.materials().get(0).nameEn());
        assertEquals("《救助申请表》", after.materials().get(0).name(), "the Chinese name stays");

        MattersListView again = list();
        withDialog(ItemEditor.class, e -> {
            assertEquals("Medical assistance", e.text("english.name"));
            assertEquals("Apply\nReview\nDecision", e.text("english.steps"));
            assertEquals(List.of("Application form for medical assistance"),
                    e.materials().stream().map(Material::nameEn).toList());
            e.close();
        }, () -> again.openEditor(again.table().rows().get(0)));
        assertNoErrors(site);
    }

    @Test
    void aBadEnglishTextIsShownBesideItsFieldAndNothingIsStored() throws Exception {
        SubItem before = stored();
        MattersListView view = list();
        withDialog(ItemEditor.class, e -> {
            e.setText("english.steps", "Apply\n" + "x".repeat(301));
            e.submit();
            assertFalse(e.error("english.steps").isEmpty(), "the message beside the English steps");
            assertTrue(e.error("english.steps").contains("2"), e.error("english.steps"));
            e.close();
        }, () -> view.openEditor(view.table().rows().get(0)));
        assertEquals(before, stored(), "nothing stored");
    }
}
