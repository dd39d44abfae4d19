package org.xingfeng.platform.api.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xingfeng.platform.api.i18n.Languages;

/** A page's texts and its template filled in both languages, with hostile values. */
class PageTextsTest {

    @TempDir
    Path dir;
    private URLClassLoader loader;
    private PageTexts texts;
    private Locale machine;

    @BeforeEach
    void texts() throws IOException {
        Path l10n = Files.createDirectories(dir.resolve("OSGI-INF/l10n"));
        Files.writeString(l10n.resolve("page.properties"),
                "title=\\u53d6\\u53f7\njs.called=\\u8bf7 {0} \\u5230\\u7a97\\u53e3\njs.ahead=\\u524d\\u9762 {0} \\u4eba\n"
                        + "hint=<b>&\n",
                StandardCharsets.ISO_8859_1);
        Files.writeString(l10n.resolve("page_en.properties"),
                "title=Take a number\njs.called=Please go, {0}\njs.ahead={0} ahead\nhint=<b>&\n",
                StandardCharsets.ISO_8859_1);
        loader = new URLClassLoader(new URL[] { dir.toUri().toURL() }, null);
        texts = PageTexts.of(loader, "page");
        machine = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH); // a machine speaking English must not turn the Chinese page English
    }

    @AfterEach
    void restore() throws IOException {
        Locale.setDefault(machine);
        loader.close();
    }

    @Test
    void chineseFirstEnglishBesideAndNoFallbackToTheMachine() {
        assertEquals("取号", texts.text(Languages.CHINESE, "title"));
        assertEquals("取号", texts.text(Locale.FRENCH, "title"));
        assertEquals("Take a number", texts.text(Locale.UK, "title"));
        assertEquals("!nothing!", texts.text(Languages.CHINESE, "nothing"));
    }

    @Test
    void theScriptTextsAreOneJsonObjectWithTheGivenEntriesFirst() {
        String template = "<html lang=\"{{lang}}\"><title>{{title}}</title><script>const T={{texts}};</script>";
        assertEquals("<html lang=\"zh-CN\"><title>取号</title><script>const T={\"zone\":\"Asia/Shanghai\","
                + "\"ahead\":\"前面 {0} 人\",\"called\":\"请 {0} 到窗口\"};</script>",
                texts.fill(template, Languages.CHINESE).script("zone", "Asia/Shanghai").html());
        assertEquals("<html lang=\"en\"><title>Take a number</title><script>const T={\"ahead\":\"{0} ahead\","
                + "\"called\":\"Please go, {0}\"};</script>", texts.fill(template, Languages.ENGLISH).html());
    }

    @Test
    void valuesAreEscapedMarkupIsNotAndNothingIsFilledTwice() {
        String template = "<h1>{{name}}</h1>{{qr}}<p>{{hint}}</p><i>{{other}}</i>";
        String html = texts.fill(template, Languages.CHINESE).value("name", "<script>{{qr}} $1 \\</script>")
                .markup("qr", "<svg/>").value("other", null).html();
        assertEquals("<h1>&lt;script&gt;{{qr}} $1 \\&lt;/script&gt;</h1><svg/><p>&lt;b&gt;&amp;</p><i></i>", html);
    }

    @Test
    void hostileScriptTextsStayInsideTheirString() {
        assertEquals("{\"x\":\"\\u003c/script\\u003e\",\"ahead\":\"前面 {0} 人\",\"called\":\"请 {0} 到窗口\"}",
                texts.fill("{{texts}}", Languages.CHINESE).script("x", "</script>").html());
    }
}
