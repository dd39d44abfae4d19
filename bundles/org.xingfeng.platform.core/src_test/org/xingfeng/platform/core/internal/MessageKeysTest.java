package org.xingfeng.platform.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * One language system, checked over the whole repository (every bundle under {@code bundles/}, the server's and
 * the client's alike): each bundle that has message properties has both languages
 * ({@code OSGI-INF/l10n/messages.properties}, Chinese, and {@code messages_en.properties}, English), UTF-8, with the
 * same keys; and every key the bundle's code names as a literal ({@code MESSAGES.text("key")},
 * {@code MESSAGES.get(locale, "key")}, {@code t.get("key")} on a {@code Texts}) exists in them. A plain JUnit test
 * that reads the files: it runs from its bundle's directory, so {@code ..} is {@code bundles/}.
 */
class MessageKeysTest {

    static final String L10N = "OSGI-INF/l10n/";

    /** A whole literal key: the string is the argument, not the start of a key built at run time. */
    static final String KEY = "\"([^\"]+)\"\\s*[,)]";
    /** A variable, field or parameter of type {@code Messages} or {@code Texts}. */
    static final Pattern MESSAGES_VARIABLE = Pattern.compile("\\bMessages\\s+(\\w+)\\s*[=;,)]");
    static final Pattern TEXTS_VARIABLE = Pattern.compile("\\bTexts\\s+(\\w+)\\s*[=;,)]");
    /** Comments, whose examples are not calls. */
    static final Pattern COMMENTS = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

    static Path bundles() {
        Path dir = Path.of("..").toAbsolutePath().normalize();
        assertTrue(Files.isDirectory(dir.resolve("org.xingfeng.platform.api")),
                "not run from a bundle's directory: " + dir);
        return dir;
    }

    static List<Path> bundleDirs() throws IOException {
        try (Stream<Path> s = Files.list(bundles())) {
            return s.filter(Files::isDirectory).filter(d -> Files.exists(d.resolve("META-INF/MANIFEST.MF"))).sorted()
                    .toList();
        }
    }

    @Test
    void everyBundleWithMessagesHasBothLanguagesWithTheSameKeys() throws IOException {
        List<String> problems = new ArrayList<>();
        int bundlesWithMessages = 0;
        for (Path b : bundleDirs()) {
            Path zh = b.resolve(L10N + "messages.properties");
            Path en = b.resolve(L10N + "messages_en.properties");
            if (!Files.exists(zh) && !Files.exists(en)) {
                continue;
            }
            bundlesWithMessages++;
            String name = b.getFileName().toString();
            if (!Files.exists(zh) || !Files.exists(en)) {
                problems.add(
                        name + ": only " + (Files.exists(zh) ? zh : en).getFileName() + " (both languages are needed)");
                continue;
            }
            Properties chinese = load(zh, problems, name);
            Properties english = load(en, problems, name);
            Set<String> onlyChinese = new TreeSet<>(chinese.stringPropertyNames());
            onlyChinese.removeAll(english.stringPropertyNames());
            Set<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
            onlyEnglish.removeAll(chinese.stringPropertyNames());
            onlyChinese.forEach(k -> problems.add(name + ": " + k + " has no English (messages_en.properties)"));
            onlyEnglish.forEach(k -> problems.add(name + ": " + k + " has no Chinese (messages.properties)"));
            for (String k : chinese.stringPropertyNames()) {
                if (chinese.getProperty(k).isBlank() || english.getProperty(k, "x").isBlank()) {
                    problems.add(name + ": " + k + " is empty");
                }
            }
        }
        assertTrue(bundlesWithMessages >= 2, "found no bundles with message properties under " + bundles());
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    @Test
    void everyKeyTheCodeNamesExistsInItsBundle() throws IOException {
        TreeMap<String, List<String>> missing = new TreeMap<>();
        int keysSeen = 0;
        for (Path b : bundleDirs()) {
            Path src = b.resolve("src");
            if (!Files.isDirectory(src)) {
                continue;
            }
            // a fragment (a test fragment of a view bundle) uses its host's messages
            Path zh = host(b).resolve(L10N + "messages.properties");
            Properties keys = Files.exists(zh) ? load(zh, new ArrayList<>(), "") : new Properties();
            List<Path> sources;
            try (Stream<Path> s = Files.walk(src)) {
                // this test names example keys in its own source
                sources = s.filter(p -> p.toString().endsWith(".java"))
                        .filter(p -> !p.getFileName().toString()
                                .equals(MessageKeysTest.class.getSimpleName() + ".java"))
                        .sorted().toList();
            }
            for (Path java : sources) {
                String code = Files.readString(java, StandardCharsets.UTF_8);
                for (String key : keysIn(code)) {
                    keysSeen++;
                    if (!keys.containsKey(key)) {
                        missing.computeIfAbsent(b.getFileName().toString(), x -> new ArrayList<>())
                                .add(key + " (" + src.relativize(java) + ")");
                    }
                }
            }
        }
        assertTrue(keysSeen > 100, "found only " + keysSeen + " keys in the code: are the patterns still right?");
        StringBuilder report = new StringBuilder();
        missing.forEach(
                (bundle, keys) -> report.append(bundle).append(": ").append(String.join(", ", keys)).append('\n'));
        assertTrue(missing.isEmpty(),
                "keys used in code but missing in the bundle's " + L10N + "messages*.properties:\n" + report);
    }

    /** The bundle whose messages a bundle's code reads: its fragment host's, or its own. */
    private static Path host(Path bundle) throws IOException {
        Path manifest = bundle.resolve("META-INF/MANIFEST.MF");
        if (Files.exists(manifest)) {
            for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
                if (line.startsWith("Fragment-Host:")) {
                    String host = line.substring("Fragment-Host:".length()).split(";")[0].trim();
                    Path dir = bundle.resolveSibling(host);
                    return Files.isDirectory(dir) ? dir : bundle;
                }
            }
        }
        return bundle;
    }

    @Test
    void theKeyPatternsFindTheUsualCalls() {
        String code = """
                throw new ValidationException("name", MESSAGES.text("org.name_required", 200));
                String s = MESSAGES.get(locale, "guide.title", name);
                Texts t = Texts.of(site, MyView.class);
                label.setText(t.get("view.title"));
                settings.get("server.url", null);
                """;
        assertEquals(List.of("org.name_required", "guide.title", "view.title"), keysIn(code));
        assertEquals(List.of(), keysIn("""
                node.asText("x"); map.get("a.b"); TaskRules.text("place", value, 100, label, errors);
                MESSAGES.text("enum." + value.name()); // MESSAGES.text("in.a.comment")
                /** {@code MESSAGES.text("in.javadoc")} */
                """));
    }

    /** The literal keys a source file names, in order. */
    static List<String> keysIn(String source) {
        String code = COMMENTS.matcher(source).replaceAll(" ");
        List<String> keys = new ArrayList<>();
        Set<String> messages = new TreeSet<>(Set.of("MESSAGES"));
        messages.addAll(names(MESSAGES_VARIABLE, code));
        for (String name : messages) {
            String receiver = "\\b" + Pattern.quote(name) + "\\.";
            collect(Pattern.compile(receiver + "text\\(\\s*" + KEY), code, keys);
            collect(Pattern.compile(receiver + "(?:get|has)\\(\\s*[\\w.()]+\\s*,\\s*" + KEY), code, keys);
        }
        for (String name : names(TEXTS_VARIABLE, code)) {
            collect(Pattern.compile("\\b" + Pattern.quote(name) + "\\.get\\(\\s*" + KEY), code, keys);
        }
        return keys;
    }

    private static Set<String> names(Pattern declaration, String code) {
        Set<String> names = new TreeSet<>();
        Matcher v = declaration.matcher(code);
        while (v.find()) {
            names.add(v.group(1));
        }
        return names;
    }

    private static void collect(Pattern p, String code, List<String> into) {
        Matcher m = p.matcher(code);
        while (m.find()) {
            into.add(m.group(1));
        }
    }

    /** The properties, read strictly as UTF-8 (a file in another encoding is a problem, not a garbled text). */
    static Properties load(Path file, List<String> problems, String bundle) throws IOException {
        Properties p = new Properties();
        byte[] bytes = Files.readAllBytes(file);
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            p.load(new StringReader(text));
        } catch (CharacterCodingException e) {
            problems.add(bundle + ": " + file.getFileName() + " is not UTF-8");
        }
        return p;
    }
}
