package org.xingfeng.platform.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The README's configuration table ({@code | bundle | PID | attribute | default | meaning |}) against the metatype of
 * the running runtime, both ways: every attribute a bundle of the runtime designates under a PID {@code org.xingfeng.*}
 * is documented with its bundle and default, and every documented attribute of a bundle in the runtime exists. Rows of
 * bundles that are not in the runtime (another module's) are checked by the tests of a runtime that has them.
 */
public final class ConfigurationTable {

    /** The README's row for one attribute. */
    public record Row(String bundle, String pid, String attribute, String defaultValue) {
    }

    private static final Pattern ROW = Pattern.compile(
            "^\\|\\s*`([^`]+)`\\s*\\|\\s*`([^`]+)`\\s*\\|\\s*`([^`]+)`\\s*\\|\\s*([^|]*)\\|.*$");
    static final String EMPTY = "(empty)";

    private ConfigurationTable() {
    }

    /** The README of the project (system property {@code xingfeng.readme}). */
    public static String readme() throws IOException {
        return Files.readString(Path.of(System.getProperty("xingfeng.readme", "../../README.md")));
    }

    /** The rows of the table under the header {@code | bundle | PID | attribute | default | meaning |}. */
    public static List<Row> rows(String readme) {
        List<Row> rows = new ArrayList<>();
        boolean in = false;
        for (String line : readme.split("\n")) {
            String l = line.strip();
            if (l.replace(" ", "").startsWith("|bundle|PID|attribute|default|meaning|")) {
                in = true;
                continue;
            }
            if (in) {
                if (!l.startsWith("|")) {
                    break;
                }
                Matcher m = ROW.matcher(l);
                if (m.matches()) {
                    String d = m.group(4).strip();
                    rows.add(new Row("org.xingfeng." + m.group(1).strip(), m.group(2).strip(), m.group(3).strip(),
                            d.startsWith("`") && d.endsWith("`") ? d.substring(1, d.length() - 1) : d));
                }
            }
        }
        return rows;
    }

    /** What the runtime's metatype designates: "bundle PID attribute" to the default as the README writes it. */
    public static Map<String, String> designated(BundleContext context) throws InterruptedException {
        ServiceTracker<MetaTypeService, MetaTypeService> tracker = new ServiceTracker<>(context, MetaTypeService.class,
                null);
        tracker.open();
        try {
            MetaTypeService metaTypes = tracker.waitForService(30_000);
            assertFalse(metaTypes == null, "the MetaTypeService is running");
            Map<String, String> found = new TreeMap<>();
            for (Bundle b : context.getBundles()) {
                if (b.getSymbolicName() == null || !b.getSymbolicName().startsWith("org.xingfeng.")) {
                    continue;
                }
                MetaTypeInformation info = metaTypes.getMetaTypeInformation(b);
                if (info == null) {
                    continue;
                }
                for (String pid : info.getPids()) {
                    if (!pid.startsWith("org.xingfeng.")) {
                        continue;
                    }
                    ObjectClassDefinition ocd = info.getObjectClassDefinition(pid, null);
                    for (AttributeDefinition ad : ocd.getAttributeDefinitions(ObjectClassDefinition.ALL)) {
                        String[] d = ad.getDefaultValue();
                        String text = d == null || d.length == 0 || String.join(",", d).isEmpty() ? EMPTY
                                : String.join(",", d);
                        found.put(b.getSymbolicName() + " " + pid + " " + ad.getID(), text);
                    }
                }
            }
            return found;
        } finally {
            tracker.close();
        }
    }

    /** Checks the table both ways for the runtime this class runs in. */
    public static void check() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(ConfigurationTable.class).getBundleContext();
        Map<String, String> designated = designated(context);
        assertFalse(designated.isEmpty(), "the runtime designates configurations");
        Map<String, String> documented = new LinkedHashMap<>();
        for (Row r : rows(readme())) {
            String key = r.bundle() + " " + r.pid() + " " + r.attribute();
            assertFalse(documented.containsKey(key), "documented twice: " + key);
            documented.put(key, r.defaultValue());
        }
        assertFalse(documented.isEmpty(), "the README has a table | bundle | PID | attribute | default | meaning |");
        Set<String> present = Arrays.stream(context.getBundles()).map(Bundle::getSymbolicName).filter(n -> n != null)
                .collect(Collectors.toSet());
        for (Map.Entry<String, String> e : designated.entrySet()) {
            assertTrue(documented.containsKey(e.getKey()), "the README's configuration table lacks " + e.getKey());
            assertEquals(e.getValue(), documented.get(e.getKey()), "the README's default of " + e.getKey());
        }
        for (String key : documented.keySet()) {
            if (present.contains(key.substring(0, key.indexOf(' ')))) {
                assertTrue(designated.containsKey(key), "the README documents " + key + " but no bundle designates it");
            }
        }
    }
}
