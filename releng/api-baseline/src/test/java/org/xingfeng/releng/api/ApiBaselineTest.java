package org.xingfeng.releng.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check itself, on a small bundle compiled here: a deliberate change without a bump fails and names the package
 * and the version it needs; with the bump it passes; the snapshot written by the update command is what the check
 * reads.
 */
class ApiBaselineTest {

    @TempDir
    Path root;

    private Path bundle;
    private ApiBaseline baseline;

    @BeforeEach
    void aBundleWithOnePackage() throws IOException {
        bundle = root.resolve("bundles/org.example.api");
        baseline = new ApiBaseline(root.resolve("bundles"), root.resolve("snapshots"));
        build("0.1.0", """
                public class Greeter {
                    public static final String HELLO = "你好";
                    public String greet(String name) { return HELLO + name; }
                    String notApi() { return ""; }
                }
                """, """
                public interface Greetings {
                    String greeting();
                }
                """);
        baseline.update();
        assertEquals(List.of(), baseline.check().problems());
    }

    @Test
    void anAdditionWithoutABumpFailsNamingThePackageAndTheNextMinor() throws IOException {
        build("0.1.0", """
                public class Greeter {
                    public static final String HELLO = "你好";
                    public String greet(String name) { return HELLO + name; }
                    public String greetAll(java.util.List<String> names) { return String.join(",", names); }
                }
                """, GREETINGS);
        List<String> problems = baseline.check().problems();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("org.example.api (org.example.api): an addition needs version 0.2.0"),
                problems.get(0));
        assertTrue(problems.get(0).contains("+ method Greeter.greetAll(java.util.List) public java.lang.String"),
                problems.get(0));

        build("0.2.0", """
                public class Greeter {
                    public static final String HELLO = "你好";
                    public String greet(String name) { return HELLO + name; }
                    public String greetAll(java.util.List<String> names) { return String.join(",", names); }
                }
                """, GREETINGS);
        ApiBaseline.Result passed = baseline.check();
        assertEquals(List.of(), passed.problems());
        assertTrue(passed.notes().get(0).contains("the snapshot is behind"), passed.notes().toString());
    }

    @Test
    void aRemovalOrAChangedConstantWithoutABumpFails() throws IOException {
        build("0.1.0", """
                public class Greeter {
                    public static final String HELLO = "您好";
                    public String greet(String name) { return HELLO + name; }
                }
                """, GREETINGS);
        List<String> problems = baseline.check().problems();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("a removal or change needs version 0.2.0"), problems.get(0));
        assertTrue(problems.get(0).contains("- field Greeter.HELLO public static final java.lang.String = \"你好\""),
                problems.get(0));

        build("0.1.0", """
                public class Greeter {
                    public static final String HELLO = "你好";
                }
                """, GREETINGS);
        assertTrue(baseline.check().problems().get(0).contains("- method Greeter.greet(java.lang.String)"));
        build("0.2.0", """
                public class Greeter {
                    public static final String HELLO = "你好";
                }
                """, GREETINGS);
        assertEquals(List.of(), baseline.check().problems());
    }

    @Test
    void aNewAbstractMethodBreaksImplementersUnlessTheTypeIsAProviderType() {
        PackageApi before = PackageApi.of("p", Version.parse("1.2.0"),
                new java.util.TreeSet<>(List.of("type Greetings public interface")));
        PackageApi consumer = PackageApi.of("p", Version.parse("1.3.0"), new java.util.TreeSet<>(List.of(
                "type Greetings public interface", "method Greetings.greeting() public abstract java.lang.String")));
        assertEquals(PackageApi.Change.BREAKING, consumer.changeSince(before));
        assertEquals(Version.parse("2.0.0"), PackageApi.needed(before.version(), PackageApi.Change.BREAKING));
        assertEquals(1, ApiBaseline.compare("b", before, consumer, new ArrayList<>()).size());

        PackageApi providerBefore = PackageApi.of("p", Version.parse("1.2.0"),
                new java.util.TreeSet<>(List.of("type Greetings public interface @ProviderType")));
        PackageApi provider = PackageApi.of("p", Version.parse("1.3.0"),
                new java.util.TreeSet<>(List.of("type Greetings public interface @ProviderType",
                        "method Greetings.greeting() public abstract java.lang.String")));
        assertEquals(PackageApi.Change.ADDITION, provider.changeSince(providerBefore));
        assertEquals(List.of(), ApiBaseline.compare("b", providerBefore, provider, new ArrayList<>()));
        // from 1.0 on an addition moves the minor version only
        assertEquals(Version.parse("1.3.0"), PackageApi.needed(before.version(), PackageApi.Change.ADDITION));
    }

    @Test
    void aNewPackageAndAVersionThatWentDownAreRefused() throws IOException {
        build("0.0.9", GREETER, GREETINGS);
        assertTrue(baseline.check().problems().get(0).contains("version 0.0.9 is below the snapshot's 0.1.0"));

        build("0.1.0", GREETER, GREETINGS);
        Path other = root.resolve("bundles/org.example.other");
        compile(other, "org.example.other", "0.1.0", "public class Other {}");
        assertTrue(baseline.check().problems().get(0).contains("a new exported package without a snapshot"));
        baseline.update();
        assertEquals(List.of(), baseline.check().problems());
        assertTrue(Files.readString(root.resolve("snapshots/org.example.other.api"), StandardCharsets.UTF_8)
                .endsWith(
                        "package org.example.other 0.1.0\n  type Other public class\n  constructor Other() public\n"));
    }

    @Test
    void aPackageInfoVersionThatDisagreesWithTheManifestIsRefused() throws IOException {
        build("0.2.0", GREETER, GREETINGS);
        Files.writeString(bundle.resolve("src/org/example/api/package-info.java"),
                "@org.osgi.annotation.versioning.Version(\"0.1.0\")\npackage org.example.api;\n");
        compileAll(bundle);
        IllegalStateException e = assertThrows(IllegalStateException.class, baseline::check);
        assertTrue(e.getMessage().contains("exported as 0.2.0 but its package-info says @Version(\"0.1.0\")"),
                e.getMessage());
    }

    @Test
    void theExportHeaderIsReadWithItsVersionsAndDirectives() {
        Map<String, Version> exports = ApiBaseline.exports(
                "a.b;version=\"0.3.0\",\n a.c;version=\"1.2\";uses:=\"a.b,x.y\", a.d");
        assertEquals(Map.of("a.b", Version.parse("0.3.0"), "a.c", Version.parse("1.2.0"), "a.d",
                Version.parse("0.0.0")), exports);
    }

    private static final String GREETER = """
            public class Greeter {
                public static final String HELLO = "你好";
                public String greet(String name) { return HELLO + name; }
            }
            """;

    private static final String GREETINGS = """
            public interface Greetings {
                String greeting();
            }
            """;

    private void build(String version, String... types) throws IOException {
        compile(bundle, "org.example.api", version, types);
    }

    /** A bundle as the build leaves it: its manifest, and its classes in target/classes. */
    private void compile(Path dir, String pkg, String version, String... types) throws IOException {
        Files.createDirectories(dir.resolve("META-INF"));
        Files.writeString(dir.resolve("META-INF/MANIFEST.MF"), "Manifest-Version: 1.0\nBundle-SymbolicName: "
                + dir.getFileName() + "\nExport-Package: " + pkg + ";version=\"" + version + "\"\n");
        Path src = dir.resolve("src/" + pkg.replace('.', '/'));
        if (Files.isDirectory(dir.resolve("src"))) {
            try (var files = Files.walk(dir.resolve("src"))) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(src);
        for (String t : types) {
            String name = t.substring(t.indexOf(t.contains("class ") ? "class " : "interface ")).split(" ")[1];
            Files.writeString(src.resolve(name + ".java"), "package " + pkg + ";\n" + t, StandardCharsets.UTF_8);
        }
        Path annotations = dir.resolve("src/org/osgi/annotation/versioning");
        Files.createDirectories(annotations);
        Files.writeString(annotations.resolve("Version.java"), """
                package org.osgi.annotation.versioning;
                @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.CLASS)
                public @interface Version { String value(); }
                """);
        compileAll(dir);
    }

    private static void compileAll(Path dir) throws IOException {
        Path classes = dir.resolve("target/classes");
        if (Files.isDirectory(classes)) {
            try (var files = Files.walk(classes)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(classes);
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-encoding", "UTF-8"));
        try (var files = Files.walk(dir.resolve("src"))) {
            files.filter(p -> p.toString().endsWith(".java")).forEach(p -> args.add(p.toString()));
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertEquals(0, javac.run(null, null, null, args.toArray(String[]::new)), "compiles");
    }
}
