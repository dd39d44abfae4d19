package org.xingfeng.platform.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The README's REST tables read as the runtime's operations. A row names API operations relative to {@code /api/v1}
 * ({@code GET /matters/units}) and the citizens' pages whole ({@code GET /hall/{hallId}/kiosk}): a path is whole when
 * it starts with {@code /api/} or its first segment is one the runtime answers outside the API. The page roots are
 * read from the runtime, so a module's new page needs no list here.
 */
public final class ReadmeRest {

    static final Pattern DOCUMENTED = Pattern.compile("`(GET|POST|PUT|DELETE|PATCH) (/[^`?\\s]*)");

    private ReadmeRest() {
    }

    /**
     * A section's own text: from the line of its heading (e.g. {@code ### Training (培训)}) to the next heading, so a
     * chapter's text stops at its first sub-section.
     */
    public static String section(String readme, String heading) {
        int from = readme.indexOf("\n" + heading + "\n");
        if (from < 0) {
            throw new AssertionError("the README has no section " + heading);
        }
        from++;
        Matcher next = Pattern.compile("\n#{1,3} ").matcher(readme);
        int to = next.find(from + heading.length()) ? next.start() : readme.length();
        return readme.substring(from, to);
    }

    /** The first segments of the paths the runtime answers outside {@code /api/} (health, hall, survey, ...). */
    public static Set<String> pageRoots(Collection<String> runtimeOperations) {
        Set<String> roots = new TreeSet<>();
        for (String op : runtimeOperations) {
            String path = op.substring(op.indexOf(' ') + 1);
            if (!path.startsWith("/api/")) {
                String root = path.substring(1).split("/", 2)[0];
                if (!root.isEmpty()) {
                    roots.add(root);
                }
            }
        }
        return roots;
    }

    /** Whether a README path is written whole (a page, or under {@code /api/}) rather than under {@code /api/v1}. */
    public static boolean whole(String path, Set<String> pageRoots) {
        return path.startsWith("/api/") || pageRoots.contains(path.substring(1).split("/", 2)[0]);
    }

    /** "GET /api/v1/..." for every operation named in the table rows ({@code | `...} lines) of a text. */
    public static Set<String> operations(String text, Set<String> pageRoots) {
        Set<String> documented = new TreeSet<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("| `")) {
                Matcher m = DOCUMENTED.matcher(line);
                while (m.find()) {
                    String path = m.group(2);
                    documented.add(m.group(1) + " " + (whole(path, pageRoots) ? path : "/api/v1" + path));
                }
            }
        }
        return documented;
    }

    /**
     * The README's table of a module's section names every operation the running server answers under
     * {@code /api/v1/<base>/}, and no other (the platform's checks leave the modules' rows to the modules' tests).
     * {@code servlets} are the module's operations answered by a servlet, which the REST runtime's index does not
     * list (e.g. {@code "POST /api/v1/evaluations/submissions"}).
     */
    public static void assertModuleTable(String heading, String base, String... servlets) throws IOException {
        Api.awaitReady();
        Set<String> runtime = ReachMatrix.runtimeOperations(Api.admin());
        Set<String> documented = new TreeSet<>();
        for (String op : operations(section(ConfigurationTable.readme(), heading), pageRoots(runtime))) {
            if (under(op, base)) {
                documented.add(op);
            }
        }
        Set<String> served = new TreeSet<>(Set.of(servlets));
        for (String op : runtime) {
            if (under(op, base)) {
                served.add(op);
            }
        }
        assertEquals(served, documented, "the README's " + heading + " table against the runtime");
    }

    private static boolean under(String operation, String base) {
        String path = operation.substring(operation.indexOf(' ') + 1);
        String api = "/api/v1/" + base;
        return path.equals(api) || path.startsWith(api + "/");
    }
}
