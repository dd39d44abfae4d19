import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

import org.eclipse.osgi.report.resolution.ResolutionReport;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.hooks.resolver.ResolverHook;
import org.osgi.framework.hooks.resolver.ResolverHookFactory;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.namespace.HostNamespace;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Resolves an installation's bundles as the OSGi framework would on another platform, without starting any:
 * {@code java -cp <dir>/plugins/org.eclipse.osgi_*.jar ResolveCheck.java <dir> <os> <ws> <arch>}.
 * Equinox is launched here with osgi.os, osgi.ws and osgi.arch set to that platform (they decide which
 * platform-specific fragments, such as SWT's, may resolve), installs every bundle the installation's
 * bundles.info lists, and resolves them. Prints one line per bundle left unresolved with the resolver's reason,
 * then the SWT fragment attached to org.eclipse.swt, if any. Exit code 0 when every bundle resolved and exactly
 * one SWT fragment is attached; 1 otherwise.
 */
public class ResolveCheck {

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: ResolveCheck <installation> <os> <ws> <arch>");
            System.exit(2);
        }
        Path installation = Path.of(args[0]).toAbsolutePath();
        Path storage = Files.createTempDirectory("xingfeng-resolve");
        Map<String, String> config = new HashMap<>();
        config.put("org.osgi.framework.storage", storage.toString());
        config.put("org.osgi.framework.storage.clean", "onFirstInit");
        config.put("osgi.os", args[1]);
        config.put("osgi.ws", args[2]);
        config.put("osgi.arch", args[3]);
        config.put("osgi.nl", "zh_CN");
        Framework framework = ServiceLoader.load(FrameworkFactory.class).iterator().next().newFramework(config);
        int problems = 0;
        try {
            framework.init();
            BundleContext context = framework.getBundleContext();
            Reports reports = new Reports();
            context.registerService(ResolverHookFactory.class, triggers -> reports, null);
            List<Bundle> bundles = install(context, installation, framework);
            FrameworkWiring wiring = framework.adapt(FrameworkWiring.class);
            wiring.resolveBundles(bundles);
            for (Bundle bundle : bundles) {
                if (bundle.getState() != Bundle.INSTALLED) {
                    continue;
                }
                // resolve it alone once more so that the report names its own reason
                wiring.resolveBundles(List.of(bundle));
                String reason = reports.reasonFor(bundle);
                System.out.println("unresolved " + bundle.getSymbolicName() + " " + bundle.getVersion() + ": " + reason);
                problems++;
            }
            List<String> fragments = swtFragments(bundles);
            System.out.println("resolved " + (bundles.size() - problems) + " of " + bundles.size() + " bundles as "
                    + args[1] + "/" + args[2] + "/" + args[3] + "; SWT fragment attached: "
                    + (fragments.isEmpty() ? "none" : String.join(", ", fragments)));
            if (fragments.size() != 1) {
                problems++;
            }
        } finally {
            framework.stop();
            framework.waitForStop(10_000);
            deleteTree(storage);
        }
        System.exit(problems == 0 ? 0 : 1);
    }

    /** Installs the bundles of bundles.info (by reference, nothing copied), the framework itself excepted. */
    private static List<Bundle> install(BundleContext context, Path installation, Framework framework)
            throws IOException, BundleException {
        Path info = installation.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info");
        List<Bundle> bundles = new ArrayList<>();
        for (String line : Files.readAllLines(info)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split(",");
            if (fields[0].equals(framework.getSymbolicName())) {
                continue;
            }
            Path jar = installation.resolve(fields[2]);
            if (!Files.exists(jar)) {
                throw new IOException("bundles.info names " + fields[2] + ", which is not in " + installation);
            }
            bundles.add(context.installBundle("reference:" + jar.toUri()));
        }
        return bundles;
    }

    /** The fragments attached to org.eclipse.swt whose names say they are its platform part. */
    private static List<String> swtFragments(Collection<Bundle> bundles) {
        List<String> names = new ArrayList<>();
        for (Bundle bundle : bundles) {
            if (!"org.eclipse.swt".equals(bundle.getSymbolicName())) {
                continue;
            }
            BundleWiring wiring = bundle.adapt(BundleWiring.class);
            if (wiring == null) {
                continue;
            }
            for (BundleWire wire : wiring.getProvidedWires(HostNamespace.HOST_NAMESPACE)) {
                String fragment = wire.getRequirer().getSymbolicName();
                if (fragment.startsWith("org.eclipse.swt.") && !fragment.equals("org.eclipse.swt.svg")) {
                    names.add(fragment);
                }
            }
        }
        return names;
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
        }
    }

    /** Keeps Equinox's resolution reports (a resolver hook that is a report listener gets them). */
    static final class Reports implements ResolverHook, ResolutionReport.Listener {
        private final Map<Bundle, String> reasons = new TreeMap<>((a, b) -> Long.compare(a.getBundleId(), b.getBundleId()));

        @Override
        public void handleResolutionReport(ResolutionReport report) {
            report.getEntries().keySet().forEach(resource -> {
                if (resource instanceof BundleRevision revision) {
                    String message = report.getResolutionReportMessage(resource);
                    if (message != null && !message.isBlank()) {
                        reasons.put(revision.getBundle(), message);
                    }
                }
            });
        }

        /** The report's distinct lines for the bundle, on one line. */
        String reasonFor(Bundle bundle) {
            String message = reasons.getOrDefault(bundle, "no reason reported");
            return String.join("; ", message.lines().map(String::strip).filter(l -> !l.isEmpty()).distinct().toList());
        }

        @Override
        public void filterResolvable(Collection<BundleRevision> candidates) {
        }

        @Override
        public void filterSingletonCollisions(BundleCapability singleton, Collection<BundleCapability> collisions) {
        }

        @Override
        public void filterMatches(BundleRequirement requirement, Collection<BundleCapability> candidates) {
        }

        @Override
        public void end() {
        }
    }
}
