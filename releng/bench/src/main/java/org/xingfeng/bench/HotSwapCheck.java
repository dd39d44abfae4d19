package org.xingfeng.bench;

import java.util.Locale;

/**
 * The hot-swap as a test, for the module test on its running server: a paced stream (6 clients, 50 requests a second
 * each) on matters while evaluations is removed and installed again; exit 1 on any failed check.
 *
 * <pre>java -cp xingfeng-bench.jar org.xingfeng.bench.HotSwapCheck --base URL --password PW --repository URI [--clients N] [--unit ID]</pre>
 */
public final class HotSwapCheck {

    private HotSwapCheck() {
    }

    public static void main(String[] args) throws Exception {
        Options o;
        try {
            o = Options.parse(args);
            if (!o.scenarios.isEmpty() || !o.has("base") || !o.has("password") || !o.has("repository")) {
                throw new IllegalArgumentException("--base, --password and --repository are needed");
            }
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(
                    "usage: java -cp xingfeng-bench.jar org.xingfeng.bench.HotSwapCheck --base URL --password PW "
                            + "--repository URI [--clients N] [--unit ID]");
            System.exit(2);
            return;
        }
        int clients = o.integer("clients", 6);
        Report.Section checks = new Report.Section("hotswap", "Hot-swap");
        HotSwap.Result r = new HotSwap(o.string("base", null), o.string("repository", null), o.number("unit", 2),
                checks)
                .run(o.string("password", null), clients, 50, 0, 0);
        System.out.printf(Locale.ROOT, "hot-swap: stop %d ms, start %d ms (until it answers)%n", r.stopMs(),
                r.startMs());
        System.out.printf(Locale.ROOT,
                "hot-swap: uninstall %d ms, install %d ms (answering after %d ms), swap window %d ms%n",
                r.uninstallMs(), r.installMs(), r.readyMs(), r.swapMs());
        System.out.printf(Locale.ROOT,
                "module A during the swap: %d requests, %d failed, %.0f req/s (%d clients, paced)%n",
                r.during().requests(), r.during().failed(), r.during().perSecond(), clients);
        long failed = checks.checks.stream().filter(c -> !c.ok()).count();
        System.out.println("hot-swap: " + (checks.checks.size() - failed) + " passed, " + failed + " failed");
        System.exit(failed == 0 ? 0 : 1);
    }
}
