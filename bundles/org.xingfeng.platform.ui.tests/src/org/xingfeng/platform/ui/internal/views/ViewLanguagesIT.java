package org.xingfeng.platform.ui.internal.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.widgets.TableColumn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.platform.api.audit.AuditLog;
import org.xingfeng.platform.api.i18n.Languages;
import org.xingfeng.platform.ui.testing.ViewTestSupport;

/**
 * One language system: the same view shown in English and in Chinese takes its labels, its widgets' words, its input
 * errors and its navigator title from the bundles' message properties ({@code OSGI-INF/l10n/messages*.properties}).
 */
class ViewLanguagesIT extends ViewTestSupport {

    static AuditLog audit;

    @BeforeAll
    static void data() throws Exception {
        audit = service(AuditLog.class);
    }

    private AuditView show(Locale locale) {
        return new AuditView(open(admin, locale), site, audit, 5);
    }

    private static List<String> headers(AuditView view) {
        return Arrays.stream(view.table().viewer().getTable().getColumns()).map(TableColumn::getText).toList();
    }

    @Test
    void theAuditViewInEnglishAndInChinese() throws Exception {
        AuditView english = show(Languages.ENGLISH);
        assertEquals(List.of("Time", "User", "Action", "Entity type", "Entity id", "Before", "After"),
                headers(english));
        assertEquals(ViewTexts.MESSAGES.get(Languages.ENGLISH, "audit.time"), headers(english).get(0));
        assertEquals("Export XLSX", english.table().exportButton().getText(),
                "the widget's own words, from platform.ui");
        assertTrue(english.pageText().startsWith("page 1 of "), english.pageText());
        english.setFilters("2026-1-5", "", "", "", "");
        english.search();
        assertTrue(english.message().startsWith("date must be yyyy-MM-dd"), english.message());
        assertNoErrors(site);

        AuditView chinese = show(Languages.CHINESE);
        assertEquals(List.of("时间", "用户", "操作", "对象类型", "对象编号", "变更前", "变更后"), headers(chinese));
        assertEquals(ViewTexts.MESSAGES.get(Languages.CHINESE, "audit.time"), headers(chinese).get(0));
        assertEquals("导出 Excel", chinese.table().exportButton().getText());
        assertTrue(chinese.pageText().startsWith("第 1 / "), chinese.pageText());
        chinese.setFilters("2026-1-5", "", "", "", "");
        chinese.search();
        assertTrue(chinese.message().startsWith("日期格式应为 yyyy-MM-dd"), chinese.message());
        assertNoErrors(site);
    }

    @Test
    void theNavigatorTitleComesFromTheMessages() throws Exception {
        assertEquals("审计日志", contribution("platform.audit").label(Languages.CHINESE));
        assertEquals("Audit log", contribution("platform.audit").label(Languages.ENGLISH));
        assertEquals(ViewTexts.MESSAGES.get(Languages.ENGLISH, "audit.title"),
                contribution("platform.audit").label(Locale.UK), "any English locale reads English");
        assertEquals("审计日志", contribution("platform.audit").label(Locale.GERMAN), "other languages read Chinese");
        for (Locale l : Languages.ALL) {
            assertTrue(ViewTexts.MESSAGES.has(l, "audit.title"), "audit.title in " + l);
        }
    }
}
