package org.xingfeng.demands.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.ReachMatrix;

/**
 * The README's demands table against the operations the runtime answers under {@code /api/v1/demands}, both ways (the
 * platform's README checks leave the module's rows to this test).
 */
class DemandsReadmeIT {

    static final Pattern DOCUMENTED = Pattern.compile("`(GET|POST|PUT|DELETE) (/[^`?\\s]*)");

    @Test
    void theReadmeDocumentsEveryOperationOfTheModuleAndNoOther() throws Exception {
        Api.awaitReady();
        String readme = Files.readString(Path.of(System.getProperty("xingfeng.readme", "../../README.md")));
        int from = readme.indexOf("### Demands (民生诉求)");
        int section = readme.indexOf("\n### ", from + 1); // the next module's section, or the next chapter
        int chapter = readme.indexOf("\n## ", from);
        int to = section < 0 ? chapter : chapter < 0 ? section : Math.min(section, chapter);
        Set<String> documented = new TreeSet<>();
        for (String line : readme.substring(from, to).split("\n")) {
            if (line.startsWith("| `")) {
                Matcher m = DOCUMENTED.matcher(line);
                while (m.find()) {
                    documented.add(m.group(1) + " /api/v1" + m.group(2));
                }
            }
        }
        Set<String> runtime = new TreeSet<>();
        for (String op : ReachMatrix.runtimeOperations(Api.admin())) {
            if (op.contains(" /api/v1/demands")) {
                runtime.add(op);
            }
        }
        assertEquals(runtime, documented);
    }
}
