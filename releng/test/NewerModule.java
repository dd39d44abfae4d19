import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Makes a newer release of one module from a built update site, as the next build would: copies the module's feature
 * and bundle jars with their version's micro part raised by one (0.1.0.vQ becomes 0.1.1.vQ in each bundle's manifest
 * and in feature.xml), into features/ and plugins/ of a folder the p2 publisher can publish. Prints the new version.
 * Usage: java NewerModule.java SITE MODULE-ID OUT-FOLDER
 */
public class NewerModule {

    public static void main(String[] args) throws IOException {
        Path site = Path.of(args[0]);
        String id = args[1];
        Path out = Path.of(args[2]);
        Path feature = only(site.resolve("features"), "org.xingfeng." + id + "_");
        Matcher m = Pattern.compile("_(\\d+)\\.(\\d+)\\.(\\d+)(\\.[^/]*)?\\.jar$").matcher(feature.getFileName().toString());
        if (!m.find()) {
            throw new IllegalStateException("no version in " + feature);
        }
        String old = m.group(1) + "." + m.group(2) + "." + m.group(3) + (m.group(4) == null ? "" : m.group(4));
        String newer = m.group(1) + "." + m.group(2) + "." + (Integer.parseInt(m.group(3)) + 1) + (m.group(4) == null ? "" : m.group(4));
        Files.createDirectories(out.resolve("features"));
        Files.createDirectories(out.resolve("plugins"));
        copy(feature, out.resolve("features").resolve(feature.getFileName().toString().replace(old, newer)), old, newer);
        String featureXml = read(feature, "feature.xml");
        Matcher plugin = Pattern.compile("<plugin\\s[^>]*id=\"([^\"]+)\"").matcher(featureXml);
        while (plugin.find()) {
            Path jar = site.resolve("plugins").resolve(plugin.group(1) + "_" + old + ".jar");
            copy(jar, out.resolve("plugins").resolve(plugin.group(1) + "_" + newer + ".jar"), old, newer);
        }
        System.out.println(newer);
    }

    private static Path only(Path folder, String prefix) throws IOException {
        Path found = null;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, prefix + "*.jar")) {
            for (Path f : files) {
                if (found != null) {
                    throw new IllegalStateException("more than one " + prefix + " in " + folder);
                }
                found = f;
            }
        }
        if (found == null) {
            throw new IllegalStateException("no " + prefix + " in " + folder);
        }
        return found;
    }

    private static String read(Path jar, String entry) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                if (e.getName().equals(entry)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new IllegalStateException("no " + entry + " in " + jar);
    }

    /** Copies the jar, with the old version replaced by the newer one in its manifest and feature.xml. */
    private static void copy(Path from, Path to, String old, String newer) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(from));
                ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals("META-INF/MANIFEST.MF") || e.getName().equals("feature.xml")) {
                    bytes = new String(bytes, StandardCharsets.UTF_8).replace(old, newer).getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(bytes);
                zip.closeEntry();
            }
        }
    }
}
