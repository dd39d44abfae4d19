package org.xingfeng.client.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.swt.widgets.Display;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.slf4j.LoggerFactory;
import org.slf4j.Logger;
import org.xingfeng.platform.api.tasks.Tasks;
import org.xingfeng.client.internal.shell.ContributionRegistry;
import org.xingfeng.platform.api.module.ModuleAdmin;
import org.xingfeng.platform.api.module.ModuleRegistry;
import org.xingfeng.platform.ui.ClientSession;
import org.xingfeng.platform.ui.ViewContribution;

/**
 * The opt-in self-check of an installed client, for tests of assembled installations: with the setting
 * {@code xingfeng.client.selfCheckFile=<file>} and a login from {@code xingfeng.client.autoLoginFile} (nothing happens
 * without both), once the main window is up and the navigator has not changed for a few seconds, the client writes
 * what it found to the file and closes: the navigator's entries ({@code navigator <module> <view id> <title>}), the
 * module registry's modules ({@code module <id> <version>}), the state of every bundle of the suite
 * ({@code bundle <symbolic name> <state>}) and, with module management,
 * {@code installed <id> <state> <bundle>:<state>,...}. With {@code xingfeng.client.selfCheckChange} ({@code install:<module>:<repository>},
 * {@code uninstall:<module>}, {@code stop:<module>} or {@code start:<module>}) it first writes
 * the same lines prefixed {@code before}, makes that change through module management as the logged-in user (who
 * needs the administrator role, as in the installed-modules view), writes {@code change ok} or
 * {@code change-error <message>}, and waits until the changed module's views have come (install, start) or gone
 * (stop, uninstall) and the navigator is quiet again, for two minutes at most.
 */
final class SelfCheck {

    private static final Logger LOG = LoggerFactory.getLogger(SelfCheck.class);

    static final String FILE = "xingfeng.client.selfCheckFile";
    static final String CHANGE = "xingfeng.client.selfCheckChange";
    private static final int POLL_MS = 500;
    private static final long QUIET_MS = 4_000;
    private static final long LIMIT_MS = 120_000;

    private final IEclipseContext context;
    private final Display display;
    private final Path file;
    private final long started = elapsedMillis();
    private String last = "";
    private long lastChange = started;
    private final List<String> lines = new ArrayList<>();
    private String change = System.getProperty(CHANGE, "").strip();
    private volatile boolean changing;
    /** After a change: the module whose views should come (install, start) or go (stop, uninstall), if any. */
    private String awaitedModule;
    private boolean awaitedPresent;
    private long changeDone;

    /** A monotonic time in milliseconds, for waits (not the wall clock). */
    private static long elapsedMillis() {
        return System.nanoTime() / 1_000_000;
    }

    private SelfCheck(IEclipseContext context, Display display, Path file) {
        this.context = context;
        this.display = display;
        this.file = file;
    }

    /** Starts the check when both settings ask for it; call on the UI thread once the main window is shown. */
    static void startIfAsked(IEclipseContext context, Display display) {
        String file = System.getProperty(FILE);
        String login = System.getProperty("xingfeng.client.autoLoginFile");
        if (file == null || file.isBlank() || login == null || login.isBlank()) {
            return;
        }
        SelfCheck check = new SelfCheck(context, display, Path.of(file));
        display.timerExec(POLL_MS, check::poll);
    }

    private void poll() {
        ContributionRegistry registry = context.get(ContributionRegistry.class);
        String now = registry == null ? ""
                : registry.views().stream().map(ViewContribution::id).collect(Collectors.joining(","));
        long time = elapsedMillis();
        if (!now.equals(last)) {
            last = now;
            lastChange = time;
        }
        if (changing) { // p2 takes as long as it takes; the limit counts from the change's end
            display.timerExec(POLL_MS, this::poll);
            return;
        }
        if (!change.isEmpty() && !now.isEmpty() && time - lastChange >= QUIET_MS) {
            List<String> before = new ArrayList<>();
            describe(registry, before);
            before.forEach(l -> lines.add("before " + l));
            String asked = change;
            change = "";
            changing = true;
            Change c = Change.parse(asked);
            if (c != null) {
                awaitedModule = c.module();
                awaitedPresent = c.action().equals("install") || c.action().equals("start");
            }
            ClientSession session = context.get(ClientSession.class);
            // off the UI thread, on a thread of the platform's Tasks (the client's instance, released with its bundle)
            context.get(Tasks.class).worker("self-check-change", () -> {
                String result = makeChange(session, asked, c);
                display.asyncExec(() -> {
                    lines.add(result);
                    lastChange = elapsedMillis();
                    changeDone = lastChange;
                    if (!result.startsWith("change ok")) {
                        awaitedModule = null;
                    }
                    changing = false;
                });
            });
            display.timerExec(POLL_MS, this::poll);
            return;
        }
        // a module's views come (or go) a while after its bundles are applied, later on a loaded machine: wait for
        // them, then for quiet, within the limit (the test then says what is missing)
        boolean settled = awaitedModule == null || registry != null && awaitedPresent == registry.views().stream()
                .anyMatch(v -> awaitedModule.equals(v.moduleId()));
        long since = changeDone > 0 ? changeDone : started;
        if ((settled && !now.isEmpty() && time - lastChange >= QUIET_MS) || time - since >= LIMIT_MS) {
            describe(registry, lines);
            write();
            IWorkbench workbench = context.get(IWorkbench.class);
            if (workbench != null) {
                workbench.close();
            }
            return;
        }
        display.timerExec(POLL_MS, this::poll);
    }

    /** An asked change, {@code <action>:<module id>[:<site>]}. */
    record Change(String action, String module, String site) {

        /** The change the text asks for; null without an action and a module. */
        static Change parse(String asked) {
            String[] words = asked.split(":", 3);
            return words.length < 2 ? null : new Change(words[0], words[1], words.length > 2 ? words[2] : "");
        }
    }

    /** Makes the asked change through module management; off the UI thread (p2 takes a while). */
    private static String makeChange(ClientSession session, String asked, Change c) {
        BundleContext bc = FrameworkUtil.getBundle(SelfCheck.class).getBundleContext();
        ServiceReference<ModuleAdmin> ref = bc.getServiceReference(ModuleAdmin.class);
        ModuleAdmin admin = ref == null ? null : bc.getService(ref);
        if (admin == null || session == null || c == null) {
            if (admin != null) {
                bc.ungetService(ref);
            }
            return "change-error no module management, no session or no module in: " + asked;
        }
        try {
            switch (c.action()) {
                case "install" -> admin.install(session.actor(), c.module(), URI.create(c.site()));
                case "uninstall" -> admin.uninstall(session.actor(), c.module());
                case "stop" -> admin.stop(session.actor(), c.module());
                case "start" -> admin.start(session.actor(), c.module());
                default -> {
                    return "change-error unknown change: " + asked;
                }
            }
            return "change ok " + asked;
        } catch (RuntimeException e) {
            return "change-error " + e.getMessage();
        } finally {
            bc.ungetService(ref);
        }
    }

    private void describe(ContributionRegistry registry, List<String> lines) {
        if (registry != null) {
            for (ViewContribution v : registry.views()) {
                lines.add("navigator " + v.moduleId() + " " + v.id() + " " + v.label(Locale.SIMPLIFIED_CHINESE));
            }
        }
        BundleContext bc = FrameworkUtil.getBundle(getClass()).getBundleContext();
        for (org.osgi.framework.Bundle b : bc.getBundles()) {
            if (b.getSymbolicName() != null && b.getSymbolicName().startsWith("org.xingfeng.")) {
                lines.add("bundle " + b.getSymbolicName() + " " + state(b.getState()));
            }
        }
        withService(bc, ModuleRegistry.class, r -> {
            r.modules().forEach(m -> lines.add("module " + m.id() + " " + m.version()));
            return null;
        });
        withService(bc, ModuleAdmin.class, admin -> {
            try {
                admin.installed()
                        .forEach(m -> lines.add("installed " + m.id() + " " + m.state() + " " + m.bundles().stream()
                                .map(b -> b.symbolicName() + ":" + b.state()).collect(Collectors.joining(","))));
            } catch (RuntimeException e) {
                lines.add("installed-error " + e.getMessage());
            }
            return null;
        });
    }

    private static String state(int state) {
        return switch (state) {
            case org.osgi.framework.Bundle.ACTIVE -> "ACTIVE";
            case org.osgi.framework.Bundle.STARTING -> "STARTING";
            case org.osgi.framework.Bundle.RESOLVED -> "RESOLVED";
            case org.osgi.framework.Bundle.INSTALLED -> "INSTALLED";
            default -> "OTHER";
        };
    }

    private void write() {
        try {
            Files.write(file, lines, StandardCharsets.UTF_8);
            System.out.println("[xingfeng-client] self-check written to " + file);
        } catch (IOException e) {
            LOG.error("cannot write the self-check file {}: {}", file, e.toString());
        }
    }

    private static <S> void withService(BundleContext bc, Class<S> type, Function<S, Void> use) {
        ServiceReference<S> ref = bc.getServiceReference(type);
        S service = ref == null ? null : bc.getService(ref);
        if (service != null) {
            try {
                use.apply(service);
            } finally {
                bc.ungetService(ref);
            }
        }
    }
}
