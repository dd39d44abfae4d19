package org.xingfeng.matters.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.matters.api.CertificateRegister;
import org.xingfeng.matters.api.ListSheetService;
import org.xingfeng.matters.api.Material;
import org.xingfeng.matters.api.MatterItemService;
import org.xingfeng.matters.api.SubItem;
import org.xingfeng.matters.api.SubItemDraft;
import org.xingfeng.matters.api.SubItemQuery;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.org.OrgLevel;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.org.OrgUnitDraft;
import org.xingfeng.platform.api.spreadsheet.SheetData;
import org.xingfeng.platform.ui.testing.ViewTestSupport;

/**
 * The 减证便民 register's client view on the real services under Xvfb: a county's three items, one with a cancelled
 * certificate and a shared one, one with the shared one only, one with paper; the register listed whole, for a
 * period, by kind; a bad date said and nothing changed; the export holding the rows shown.
 */
class CertificateRegisterViewIT extends ViewTestSupport {

    static final String CSV = "序号,主项名称,主项类别,子项名称,办理层级,设定依据,办理材料明细,办理时限,办事流程,备注\n"
            + "1,生育保险待遇,公共服务,生育医疗费用报销,C,,,即时办结,,\n"
            + "2,,公共服务,生育津贴申领,C,,,即时办结,,\n" + "3,,公共服务,计划生育医疗费用报销,C,,,即时办结,,\n";
    static final String BASIS = "川医保发〔2024〕1号";

    static MatterItemService items;
    static OrgUnit county;

    @BeforeAll
    static void data() throws Exception {
        items = service(MatterItemService.class);
        OrgService org = service(OrgService.class);
        OrgUnit province = org.createUnit(admin, new OrgUnitDraft(null, "CR52", "贵州省医疗保障局", OrgLevel.PROVINCE));
        OrgUnit city = org.createUnit(admin, new OrgUnitDraft(province.id(), "CR5201", "贵阳市医疗保障局", OrgLevel.CITY));
        county = org.createUnit(admin,
                new OrgUnitDraft(city.id(), "CR520121", "开阳县医疗保障局", OrgLevel.COUNTY));
        assertTrue(service(ListSheetService.class).importList(admin, county.id(),
                new ByteArrayInputStream(CSV.getBytes(StandardCharsets.UTF_8)), ListSheetService.Format.CSV, false)
                .ok());
        Material idCard = new Material("居民身份证", "原件", 1, true, null, null);
        Material household = new Material("户口簿", "复印件", 1, false, BASIS, LocalDate.of(2024, 3, 1));
        withMaterials("生育医疗费用报销", List.of(idCard, household));
        withMaterials("生育津贴申领", List.of(idCard));
        withMaterials("计划生育医疗费用报销", List.of(Material.named("申请表")));
    }

    static void withMaterials(String name, List<Material> materials) {
        SubItem s = items.subItems(admin, SubItemQuery.ofUnit(county.id()), PageRequest.ALL).items().stream()
                .filter(i -> i.name().equals(name)).findFirst().orElseThrow();
        items.updateSubItem(admin, s.id(), new SubItemDraft(s.mainItemId(), s.name(), s.basicCode(),
                s.implementationCode(), s.levels(), s.legalBasis(), materials, s.conditions(), s.timeLimit(),
                s.steps(), s.place(), s.consultation(), s.complaint(), s.fees(), s.remarks(), s.channels(),
                s.serviceStandard()));
    }

    CertificateRegisterView view(Locale locale) throws Exception {
        return (CertificateRegisterView) contribution("matters.certificates").create(open(admin, locale), site);
    }

    @Test
    void theRegisterIsListedWholeForAPeriodAndByKindAndExportedAsShown() throws Exception {
        CertificateRegisterView view = view(Locale.SIMPLIFIED_CHINESE);
        view.show(county.id(), "", "", null);
        assertEquals(List.of(List.of("户口簿", "取消", BASIS, "2024-03-01", "1", "生育医疗费用报销"),
                List.of("居民身份证", "数据共享", "", "", "2", "生育医疗费用报销、生育津贴申领")), shown(view.entries()));
        assertEquals("台账 2 项材料；本期取消 1 项；3 个事项中 2 个无需群众提交纸质材料（66.7%）", view.summary().getText());
        screenshot("matters-certificates");
        assertExportMatches(view.entries());

        view.show(county.id(), "2024-04-01", "2024-12-31", null);
        assertEquals(List.of(), view.entries().rows(), "cancelled before the period; sharing has no date");
        assertTrue(view.summary().getText().contains("本期取消 0 项"), view.summary().getText());
        view.show(county.id(), "2024-01-01", "2024-03-31", null);
        assertEquals(List.of("户口簿"), view.entries().rows().stream().map(CertificateRegister.Entry::material)
                .toList());

        view.show(county.id(), "", "", CertificateRegister.Kind.SHARED_DATA);
        assertEquals(List.of("居民身份证"), view.entries().rows().stream().map(CertificateRegister.Entry::material)
                .toList());
        view.exportRegister();
        List<List<String>> sheet;
        try (InputStream in = Files.newInputStream(site.lastExport)) {
            sheet = sheets.read(in).stream().map(SheetData::rows).findFirst().orElseThrow();
        }
        assertEquals(3, sheet.size(), "the header and one row per shared material's item: " + sheet);
        assertTrue(sheet.subList(1, 3).stream().allMatch(r -> r.contains("居民身份证")), sheet.toString());
        assertFalse(sheet.stream().anyMatch(r -> r.contains("户口簿")), "the cancelled one is not shown, not exported");
        assertNoErrorsYet();
    }

    @Test
    void aBadDateIsSaidAndTheRegisterShownStays() throws Exception {
        CertificateRegisterView view = view(Locale.SIMPLIFIED_CHINESE);
        view.show(county.id(), "", "", null);
        CertificateRegister before = view.register();
        view.show(county.id(), "2024-13-01", "", null);
        assertEquals(1, site.errors.size(), site.errors.toString());
        assertTrue(site.errors.get(0).getMessage().contains("2024-13-01"), site.errors.get(0).getMessage());
        assertEquals(before, view.register());
        assertEquals(2, view.entries().rows().size());
        int errors = site.errors.size();
        view.show(county.id(), "2024-12-31", "2024-01-01", null); // backwards: the service's answer, naming "to"
        assertEquals(errors + 1, site.errors.size());
        assertEquals(before, view.register());
    }

    @Test
    void inEnglishTheHeadersAndKindsAreEnglish() throws Exception {
        CertificateRegisterView view = view(Locale.ENGLISH);
        view.show(county.id(), "", "", null);
        assertEquals(List.of("Material", "How", "Basis", "Cancelled on", "Items", "Items affected"),
                headers(view.entries()));
        assertEquals("Cancelled", shown(view.entries()).get(0).get(1));
        assertTrue(view.summary().getText().startsWith("Register: 2 materials"), view.summary().getText());
    }

    void assertNoErrorsYet() {
        assertNoErrors(site);
    }
}
