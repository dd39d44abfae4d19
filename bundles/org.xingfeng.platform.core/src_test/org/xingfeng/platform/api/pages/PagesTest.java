package org.xingfeng.platform.api.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.xingfeng.platform.api.i18n.Languages;

/** The pages' language, escaping and script JSON, as every citizens' page uses them. */
class PagesTest {

    @Test
    void theLangParameterWinsOverTheBrowserAndAnythingButEnglishIsChinese() {
        List<Locale> english = List.of(Locale.ENGLISH);
        assertEquals(Languages.ENGLISH, Pages.locale("en", List.of()));
        assertEquals(Languages.ENGLISH, Pages.locale(" EN-us ", List.of(Locale.CHINA)));
        assertEquals(Languages.CHINESE, Pages.locale("zh", english));
        assertEquals(Languages.CHINESE, Pages.locale("fr", english),
                "an unknown language is Chinese, not the browser's");
        assertEquals(Languages.ENGLISH, Pages.locale(null, english));
        assertEquals(Languages.ENGLISH, Pages.locale("  ", List.of(Locale.FRENCH, Locale.UK)));
        assertEquals(Languages.CHINESE, Pages.locale(null, List.of(Locale.FRENCH)));
        assertEquals(Languages.CHINESE, Pages.locale(null, (List<Locale>) null));
        assertEquals("zh-CN", Pages.htmlLang(Pages.locale("de", english)));
        assertEquals("en", Pages.htmlLang(Locale.UK));
    }

    @Test
    void escapingLeavesNoMarkupAndNoAttributeBreakout() {
        assertEquals("&lt;img src=x onerror=&quot;a&#39;b&quot;&gt; &amp;amp;",
                Pages.esc("<img src=x onerror=\"a'b\"> &amp;"));
        assertEquals("", Pages.esc(null));
        assertEquals("办事大厅 A012", Pages.esc("办事大厅 A012"));
    }

    @Test
    void scriptJsonCannotCloseTheScriptElement() {
        String hostile = "</script><script>alert(1)</script>\"\\\n\u2028&";
        String json = Pages.json(hostile);
        assertFalse(json.contains("<") || json.contains(">") || json.contains("&"), json);
        assertFalse(json.contains("\n") || json.contains("\u2028"), json);
        assertEquals(
                "\"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\\\"\\\\\\u000a\\u2028\\u0026\"",
                json);
        assertEquals("\"叫号 A012\"", Pages.json("叫号 A012"));
        assertEquals("null", Pages.json(null));
    }

    @Test
    void aMissingFileIsNamed() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Pages.read(PagesTest.class, "web/no-such-page.html"));
        assertTrue(e.getMessage().contains("web/no-such-page.html"), e.getMessage());
    }
}
