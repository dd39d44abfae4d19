package org.xingfeng.publicity.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.ConfigurationTable;
import org.xingfeng.platform.testing.ReachMatrix;

/** The README's publicity table names every operation of the module the runtime answers, and no other. */
class ReadmeRestTableIT {

    static final Pattern DOCUMENTED = Pattern.compile("`(GET|POST|PUT|DELETE) (/publicity/[^`?\\s]*)");

    @Test
    void theReadmeDocumentsEveryPublicityOperation() throws Exception {
        Api.awaitReady();
        Set<String> documented = new TreeSet<>();
        Matcher m = DOCUMENTED.matcher(ConfigurationTable.readme());
        while (m.find()) {
            documented.add(m.group(1) + " /api/v1" + m.group(2));
        }
        Set<String> served = new TreeSet<>();
        for (String op : ReachMatrix.runtimeOperations(Api.admin())) {
            if (op.contains(" /api/v1/publicity/")) {
                served.add(op);
            }
        }
        assertEquals(served, documented);
    }
}
