package org.xingfeng.platform.provisioning.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.internal.provisional.configurator.Configurator;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IEngine;
import org.eclipse.equinox.p2.engine.IPhaseSet;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.IProvisioningPlan;
import org.eclipse.equinox.p2.engine.PhaseSetFactory;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.IArtifactKey;
import org.eclipse.equinox.p2.metadata.IRequirement;
import org.eclipse.equinox.p2.operations.InstallOperation;
import org.eclipse.equinox.p2.operations.ProfileChangeOperation;
import org.eclipse.equinox.p2.operations.ProvisioningSession;
import org.eclipse.equinox.p2.operations.UninstallOperation;
import org.eclipse.equinox.p2.operations.UpdateOperation;
import org.eclipse.equinox.p2.query.CollectionResult;
import org.eclipse.equinox.p2.query.IQuery;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepository;
import org.eclipse.equinox.p2.repository.artifact.IFileArtifactRepository;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.LoggerFactory;
import org.slf4j.Logger;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.ConflictException;
import org.xingfeng.platform.api.ForbiddenException;
import org.xingfeng.platform.api.NotFoundException;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.XingfengException;
import org.xingfeng.platform.api.audit.AuditLog;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.module.AvailableModule;
import org.xingfeng.platform.api.module.InstalledModule;
import org.xingfeng.platform.api.module.ModuleAdmin;
import org.xingfeng.platform.api.module.ModuleBundle;
import org.xingfeng.platform.api.module.ModuleDescriptor;
import org.xingfeng.platform.api.module.ModuleState;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.api.time.BureauTime;

/**
 * Module management with p2 inside the running installation: the profile {@code SELF} says which modules are
 * installed, an update site (a folder or a zipped site) offers more. Installs and removals are p2 profile changes
 * followed by the simple configurator applying the new bundle list to the running framework, so a module's
 * services appear or vanish without a restart. One change at a time; every change is audited.
 * <p>
 * In the rich client (the client product sets {@code xingfeng.modules.clientFeatures=true} in its config.ini) a module is
 * installed, updated and removed through its client feature {@code org.xingfeng.<id>.ui}, which requires the module's
 * own feature: the client gets the module's views with its services, and a module without client views is not
 * offered. Stop and start take the module's views with its services.
 */
@Component(service = ModuleAdmin.class, configurationPid = P2ModuleAdmin.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = P2ModuleAdmin.Config.class)
public class P2ModuleAdmin implements ModuleAdmin {

    static final Messages MESSAGES = Messages.of(P2ModuleAdmin.class);

    public static final String PID = "org.xingfeng.modules";

    @ObjectClassDefinition(id = PID, name = "Module management",
            description = "Modules installed, updated, stopped and removed at runtime")
    public @interface Config {

        @AttributeDefinition(name = "Data directory",
                description = "where uploaded update sites and the stopped modules are kept (modules/)")
        String data() default "xingfeng-data";

        @AttributeDefinition(name = "Client features",
                description = "install modules' client features org.xingfeng.<id>.ui (true in the client product)")
        boolean modules_clientFeatures() default false;

        @AttributeDefinition(name = "Update sites", description = "the update sites modules may be installed from "
                + "(file:, jar:file:...!/, http:, https:), separated by spaces or commas; a site's sub-folders count "
                + "as the site; empty: uploaded sites only")
        String modules_sites() default "";
    }

    private static final Logger LOG = LoggerFactory.getLogger(P2ModuleAdmin.class);

    static final String ENTITY = "platform.module";
    static final Pattern GROUP = Pattern.compile("org\\.xingfeng\\.([a-z][a-z0-9]*)\\.feature\\.group");
    static final Pattern CLIENT_GROUP = Pattern.compile("org\\.xingfeng\\.([a-z][a-z0-9]*)\\.ui\\.feature\\.group");
    static final Pattern MODULE_ID = Pattern.compile("[a-z][a-z0-9]{0,39}");
    /** Features that are the installation's shell, not modules. */
    static final Set<String> NOT_MODULES = Set.of("server", "client", "provisioning");
    /** The profile property of a root unit's inclusion rule (p2's planner keeps it as STRICT for a root). */
    static final String INCLUSION_RULES = "org.eclipse.equinox.p2.internal.inclusion.rules";
    /** Cannot be removed, stopped or replaced at runtime. */
    static final String PLATFORM = "platform";

    private final BundleContext context;
    private final BureauTime time;
    private final IProvisioningAgent agent;
    private final Configurator configurator;
    private final StoppedModules stopped;
    private final Path archives;
    private final ReentrantLock changing = new ReentrantLock();
    private final List<ModuleDescriptor> descriptors = new CopyOnWriteArrayList<>();
    /** The descriptors met so far by module id: a stopped module's is gone with its core bundle, its names are not. */
    private final Map<String, ModuleDescriptor> namesSeen = new ConcurrentHashMap<>();
    private final boolean client;
    private final UpdateSites sites;
    private volatile AuditLog audit;

    @Activate
    public P2ModuleAdmin(BundleContext context, @Reference(target = "(agent.current=true)") IProvisioningAgent agent,
            @Reference Configurator configurator, @Reference BureauTime time, Config config) {
        this.context = context;
        this.time = time;
        this.agent = agent;
        this.configurator = configurator;
        this.client = config.modules_clientFeatures();
        this.sites = UpdateSites.parse(config.modules_sites());
        Path data = Path.of(config.data().isBlank() ? "xingfeng-data" : config.data().trim()).toAbsolutePath()
                .resolve("modules");
        this.archives = data.resolve("archives");
        this.stopped = new StoppedModules(data.resolve("stopped.properties"));
        // a restart, or a p2 change made by the director, may have started what an administrator stopped
        for (String id : stopped.ids()) {
            stopBundles(runHere(moduleBundles(id)));
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void bindAudit(AuditLog log) {
        this.audit = log;
    }

    void unbindAudit(AuditLog log) {
        if (this.audit == log) {
            this.audit = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addDescriptor(ModuleDescriptor d) {
        descriptors.add(d);
        namesSeen.put(d.id(), d);
    }

    void removeDescriptor(ModuleDescriptor d) {
        descriptors.remove(d);
    }

    // ---- reading

    @Override
    public List<InstalledModule> installed() {
        List<InstalledModule> list = new ArrayList<>();
        for (IInstallableUnit group : installedGroups().values()) {
            list.add(describe(group));
        }
        list.sort(Comparator.comparing(InstalledModule::id));
        return list;
    }

    @Override
    public List<AvailableModule> available(Actor actor, URI repository) {
        requireAdmin(actor);
        IMetadataRepository repo = load(allowed(checkRepository(repository)));
        Map<String, IInstallableUnit> installed = installedGroups();
        List<AvailableModule> list = new ArrayList<>();
        for (IInstallableUnit iu : repo.query(QueryUtil.createLatestQuery(QueryUtil.createIUGroupQuery()), null)) {
            String id = moduleId(iu.getId());
            if (id == null) {
                continue;
            }
            IInstallableUnit offered = client ? latest(repo, id).orElse(null) : iu;
            if (offered == null) {
                continue; // no client views: nothing for the client to install
            }
            IInstallableUnit mine = client ? installedClientGroups().get(id) : installed.get(id);
            list.add(new AvailableModule(id, installFeatureId(id), name(iu), offered.getVersion().toString(),
                    mine == null ? null : mine.getVersion().toString()));
        }
        list.sort(Comparator.comparing(AvailableModule::id));
        return list;
    }

    // ---- changing

    @Override
    public InstalledModule install(Actor actor, String moduleId, URI repository) {
        requireAdmin(actor);
        String id = checkChangeable(moduleId, false);
        URI uri = allowed(checkRepository(repository));
        return changing(() -> installFrom(actor, id, uri, uri.toString()));
    }

    @Override
    public InstalledModule installArchive(Actor actor, String moduleId, Path archive) {
        requireAdmin(actor);
        String id = checkChangeable(moduleId, false);
        UpdateSiteArchive.check(archive);
        return changing(() -> {
            Path kept;
            try {
                Files.createDirectories(archives);
                kept = archives.resolve(id + "-" + time.now().toEpochMilli() + ".zip");
                Files.copy(archive, kept, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new IllegalStateException("cannot store the uploaded archive", e);
            }
            try {
                return installFrom(actor, id, UpdateSiteArchive.uri(kept), "upload " + kept.getFileName());
            } catch (RuntimeException e) {
                deleteQuietly(kept);
                throw e;
            }
        });
    }

    @Override
    public InstalledModule stop(Actor actor, String moduleId) {
        requireAdmin(actor);
        String id = checkChangeable(moduleId, true);
        return changing(() -> {
            InstalledModule before = describe(installedGroups().get(id));
            stopped.add(id);
            stopBundles(runHere(moduleBundles(id)));
            InstalledModule after = describe(installedGroups().get(id));
            record(actor, "module.stop", id, before, after);
            return after;
        });
    }

    @Override
    public InstalledModule start(Actor actor, String moduleId) {
        requireAdmin(actor);
        String id = checkChangeable(moduleId, true);
        return changing(() -> {
            InstalledModule before = describe(installedGroups().get(id));
            stopped.remove(id);
            startBundles(runHere(moduleBundles(id)));
            InstalledModule after = describe(installedGroups().get(id));
            record(actor, "module.start", id, before, after);
            return after;
        });
    }

    @Override
    public void uninstall(Actor actor, String moduleId) {
        requireAdmin(actor);
        String id = checkChangeable(moduleId, true);
        changing(() -> {
            IInstallableUnit group = installedGroups().get(id);
            InstalledModule before = describe(group);
            List<IInstallableUnit> remove = new ArrayList<>();
            IInstallableUnit clientGroup = client ? installedClientGroups().get(id) : null;
            if (clientGroup != null) {
                remove.add(clientGroup); // first the views, which require the module
            }
            remove.add(group);
            if (!removeByReach(remove, "uninstall " + id)) {
                UninstallOperation op = new UninstallOperation(session(), remove);
                op.getProvisioningContext().setMetadataRepositories(new URI[0]);
                op.getProvisioningContext().setArtifactRepositories(new URI[0]);
                run(op, "uninstall " + id);
            }
            stopped.remove(id);
            record(actor, "module.uninstall", id, before, null);
            return null;
        });
    }

    private InstalledModule installFrom(Actor actor, String id, URI uri, String source) {
        IMetadataRepository repo = load(uri);
        Optional<IInstallableUnit> offered = latest(repo, id);
        if (offered.isEmpty()) {
            throw new XingfengException(404, "module_not_in_repository",
                    MESSAGES.text("p2ModuleAdmin.repository_does_not_offer_module", id), List.of());
        }
        IInstallableUnit moduleGroup = installedGroups().get(id);
        IInstallableUnit group = client ? installedClientGroups().get(id) : moduleGroup;
        InstalledModule before = moduleGroup == null ? null : describe(moduleGroup);
        ProfileChangeOperation op;
        String action;
        List<Bundle> replaced = List.of();
        if (group == null) {
            op = new InstallOperation(session(), List.of(offered.get()));
            action = "module.install";
        } else if (offered.get().getVersion().compareTo(group.getVersion()) > 0) {
            // in the client the module's feature is updated with its client feature
            op = new UpdateOperation(session(),
                    client && moduleGroup != null ? List.of(group, moduleGroup) : List.of(group));
            action = "module.update";
            replaced = runHere(moduleBundles(id));
        } else {
            return before; // already installed at this or a newer version: nothing to change
        }
        op.getProvisioningContext().setMetadataRepositories(uri);
        op.getProvisioningContext().setArtifactRepositories(uri);
        if (group == null) {
            installByList(op, offered.get(), action + " " + id);
        } else {
            run(op, action + " " + id, replaced, !stopped.ids().contains(id));
        }
        InstalledModule after = describe(installedGroups().get(id));
        record(actor, action, id, before, new Change(after, source));
        return after;
    }

    /** The module and where it came from, as the audit log keeps it. */
    public record Change(InstalledModule module, String source) {
    }

    /** Resolves and runs a profile change, then applies the new bundle list to the running framework. */
    private void run(ProfileChangeOperation op, String what) {
        run(op, what, List.of(), false);
    }

    /**
     * Removes the root units {@code roots} and what only they need, planned by {@link Removal} instead of p2's
     * planner, then applies the new bundle list. Answers false, having changed nothing, when the removal would take
     * out a unit the roots do not reach, or leave a requirement of what stays unmet (another module needs this one):
     * p2's planner then plans it, and refuses what it must.
     */
    private boolean removeByReach(List<IInstallableUnit> roots, String what) {
        long t0 = System.nanoTime();
        IProfile profile = profile();
        Removal removal = new Removal(profile, profile.getProperties());
        List<IInstallableUnit> allRoots = profile.query(QueryUtil.createIUAnyQuery(), null).stream()
                .filter(iu -> isRoot(profile, iu)).toList();
        Set<IInstallableUnit> gone = removal.unitsToRemove(allRoots, roots);
        List<String> unmet = removal.unmetAfter(gone);
        Set<IInstallableUnit> theirs = removal.reachedFrom(roots);
        long others = gone.stream().filter(iu -> !theirs.contains(iu)).count();
        if (others > 0 || !unmet.isEmpty()) {
            LOG.info("{}: left to p2's planner ({} units would go, {} of them not the module's; {} requirements "
                    + "unmet after it {})", what, gone.size(), others, unmet.size(),
                    unmet.stream().limit(3).toList());
            return false;
        }
        ProvisioningContext noRepositories = new ProvisioningContext(agent);
        noRepositories.setMetadataRepositories(new URI[0]);
        noRepositories.setArtifactRepositories(new URI[0]);
        IEngine engine = agent.getService(IEngine.class);
        IProvisioningPlan plan = engine.createPlan(profile, noRepositories);
        List<IInstallableUnit> resolved = removal.resolved(gone);
        Optional<Path> list = bundleList();
        Optional<BundleListRemoval> lines = list.isPresent() ? BundleListRemoval.of(resolved) : Optional.empty();
        // with the bundle list changed here the units go without their configuration fragments and without the
        // unconfigure phase (which changes nothing but the lines that go): nothing for p2's Eclipse touchpoint to do,
        // so it never loads the installation's configuration
        (lines.isPresent() ? gone : resolved).forEach(plan::removeInstallableUnit);
        IPhaseSet phases = lines.isPresent()
                ? PhaseSetFactory.createDefaultPhaseSetExcluding(new String[] { PhaseSetFactory.PHASE_UNCONFIGURE })
                : null;
        plan.setFuturePlan(new CollectionResult<>(removal.keptAfter(gone)));
        IProgressMonitor monitor = new NullProgressMonitor();
        String how = lines.map(l -> what + " (" + l.dropped().size() + " bundles dropped from the bundle list)")
                .orElse(what);
        perform(how, t0, () -> {
            IStatus done = session().performProvisioningPlan(plan, phases, noRepositories, monitor);
            if (lines.isPresent() && done.getSeverity() != IStatus.ERROR) {
                try { // after the profile, as p2's engine commits a touchpoint's changes after the profile too
                    lines.get().applyTo(list.get());
                } catch (IOException e) {
                    throw new IllegalStateException("the profile lost the units of " + what
                            + " but the bundle list could not be written: " + list.get(), e);
                }
            }
            return done;
        }, List.of(), false);
        return true;
    }

    /**
     * The simple configurator's bundle list ({@code bundles.info}) as a file, when it is one this server may replace
     * (a new file beside it, moved over it); otherwise a removal or an install is left to p2's touchpoint.
     */
    private Optional<Path> bundleList() {
        java.net.URL url = configurator.getUrlInUse();
        if (url == null || !"file".equals(url.getProtocol())) {
            return Optional.empty();
        }
        try {
            Path file = Path.of(url.toURI());
            return Files.isRegularFile(file) && Files.isWritable(file) && Files.isWritable(file.getParent())
                    ? Optional.of(file)
                    : Optional.empty();
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * A new module's install, planned by p2's planner. When everything it adds asks only for bundles' lines in the
     * bundle list ({@link BundleListAddition}) and nothing goes, p2's engine installs the units without their
     * configuration fragments and without the configure phase (the artifacts fetched, the profile written, p2's
     * touchpoint never loaded) and the bundles' lines are added here; otherwise p2 runs the plan as planned.
     */
    private void installByList(ProfileChangeOperation op, IInstallableUnit root, String what) {
        IProgressMonitor monitor = new NullProgressMonitor();
        long t0 = System.nanoTime();
        resolve(op, what, monitor);
        IProvisioningPlan planned = op.getProvisioningPlan();
        Optional<Path> list = bundleList();
        Optional<Path> folder = planned == null ? Optional.empty() : installFolder(planned.getProfile());
        Set<IInstallableUnit> added = planned == null ? Set.of()
                : planned.getAdditions().query(QueryUtil.createIUAnyQuery(), null).toUnmodifiableSet();
        Optional<BundleListAddition> lines = Optional.empty();
        if (list.isPresent() && folder.isPresent() && planned.getInstallerPlan() == null
                && planned.getRemovals().query(QueryUtil.createIUAnyQuery(), null).isEmpty()) {
            lines = BundleListAddition.of(added);
        }
        if (lines.isEmpty()) {
            perform(what, t0, () -> op.getProvisioningJob(monitor).runModal(monitor), List.of(), false);
            return;
        }
        IEngine engine = agent.getService(IEngine.class);
        ProvisioningContext context = op.getProvisioningContext();
        IProvisioningPlan plan = engine.createPlan(planned.getProfile(), context);
        added.forEach(iu -> plan.addInstallableUnit(iu.unresolved()));
        // what p2's planner records of an installed root
        plan.setInstallableUnitProfileProperty(root, IProfile.PROP_PROFILE_ROOT_IU, "true");
        plan.setInstallableUnitProfileProperty(root, INCLUSION_RULES, "STRICT");
        plan.setFuturePlan(planned.getFutureState());
        IPhaseSet phases = PhaseSetFactory
                .createDefaultPhaseSetExcluding(new String[] { PhaseSetFactory.PHASE_CONFIGURE });
        BundleListAddition adding = lines.get();
        Path installed = folder.get();
        perform(what + " (" + adding.entries().size() + " bundles added to the bundle list)", t0, () -> {
            IStatus done = session().performProvisioningPlan(plan, phases, context, monitor);
            if (done.getSeverity() != IStatus.ERROR) {
                try { // after the profile, as p2's engine commits a touchpoint's changes after the profile too
                    adding.applyTo(list.get(), locations(planned.getProfile(), installed), defaultStartLevel());
                } catch (IOException | RuntimeException e) {
                    throw new IllegalStateException("the profile has the units of " + what
                            + " but the bundle list could not be written: " + list.get(), e);
                }
            }
            return done;
        }, List.of(), false);
    }

    /**
     * The installation's folder, when p2 keeps the installed bundles in it (its bundle pool is the folder itself, as
     * the director makes a county's server and client): a bundle's line then names its file relative to it.
     */
    private static Optional<Path> installFolder(IProfile profile) {
        String folder = profile.getProperty(IProfile.PROP_INSTALL_FOLDER);
        String cache = profile.getProperty(IProfile.PROP_CACHE);
        if (folder == null || cache == null) {
            return Optional.empty();
        }
        Path installed = Path.of(folder).toAbsolutePath().normalize();
        return installed.equals(Path.of(cache).toAbsolutePath().normalize()) ? Optional.of(installed)
                : Optional.empty();
    }

    /**
     * Where the bundle pool (read once) keeps each artifact, relative to the installation's folder, as the bundle list
     * names it.
     */
    private java.util.function.Function<IArtifactKey, String> locations(IProfile profile, Path installed) {
        IArtifactRepositoryManager artifacts = agent.getService(IArtifactRepositoryManager.class);
        IArtifactRepository pool;
        try {
            pool = artifacts.loadRepository(installed.toUri(), new NullProgressMonitor());
        } catch (ProvisionException e) {
            throw new IllegalStateException("cannot read the installation's bundle pool " + profile.getProfileId(),
                    e);
        }
        return key -> {
            java.io.File file = pool instanceof IFileArtifactRepository files ? files.getArtifactFile(key) : null;
            if (file == null) {
                throw new IllegalStateException("no file in the installation for " + key);
            }
            Path path = file.toPath().toAbsolutePath().normalize();
            if (!path.startsWith(installed)) {
                throw new IllegalStateException(key + " is outside the installation: " + path);
            }
            return installed.relativize(path).toString().replace(java.io.File.separatorChar, '/');
        };
    }

    /** The start level of a bundle that sets none, as the framework gives it ({@code osgi.bundles.defaultStartLevel}). */
    private int defaultStartLevel() {
        String level = context.getProperty("osgi.bundles.defaultStartLevel");
        try {
            return level == null ? 4 : Integer.parseInt(level.trim());
        } catch (NumberFormatException e) {
            return 4;
        }
    }

    /** A unit installed as a root (a feature the director or an administrator asked for), not as a dependency. */
    private static boolean isRoot(IProfile profile, IInstallableUnit iu) {
        return "true".equals(profile.getInstallableUnitProperty(iu, IProfile.PROP_PROFILE_ROOT_IU))
                || profile.getInstallableUnitProperty(iu, INCLUSION_RULES) != null;
    }

    /**
     * As {@link #run(ProfileChangeOperation, String)}, with the bundles an update replaces stopped once the change is
     * resolved: while both releases ran, the new one's components could be handed the old one's internal services (a
     * class of the other release: "argument type mismatch"). If the change then fails they are started again when
     * {@code restartOnFailure}.
     */
    private void run(ProfileChangeOperation op, String what, List<Bundle> replaced, boolean restartOnFailure) {
        IProgressMonitor monitor = new NullProgressMonitor();
        long t0 = System.nanoTime();
        resolve(op, what, monitor);
        perform(what, t0, () -> op.getProvisioningJob(monitor).runModal(monitor), replaced, restartOnFailure);
    }

    /** Has p2's planner plan the change; a change it cannot plan is refused (409, with p2's reason). */
    private static void resolve(ProfileChangeOperation op, String what, IProgressMonitor monitor) {
        IStatus resolved = op.resolveModal(monitor);
        if (resolved.getSeverity() == IStatus.ERROR || resolved.getSeverity() == IStatus.CANCEL) {
            throw new XingfengException(409, "module_change_impossible",
                    MESSAGES.text("p2ModuleAdmin.p2_cannot", what, StatusText.of(resolved)), List.of());
        }
    }

    /**
     * Runs a planned change ({@code change}: p2's engine on the plan), then applies the new bundle list; logs the
     * time planning took (since {@code t0}), the engine and the applying.
     */
    private void perform(String what, long t0, java.util.function.Supplier<IStatus> change, List<Bundle> replaced,
            boolean restartOnFailure) {
        long planned = System.nanoTime();
        stopBundles(replaced);
        try {
            IStatus done = change.get();
            if (done.getSeverity() == IStatus.ERROR) {
                throw new IllegalStateException("p2 failed to " + what + ": " + StatusText.of(done));
            }
        } catch (RuntimeException e) {
            if (restartOnFailure) {
                startBundles(replaced.stream().filter(b -> b.getState() != Bundle.UNINSTALLED).toList());
            }
            throw e;
        }
        long engine = System.nanoTime();
        try {
            configurator.applyConfiguration();
        } catch (IOException e) {
            throw new IllegalStateException("cannot apply the new bundle list after " + what, e);
        }
        for (String id : stopped.ids()) { // applying the list starts every bundle it marks started
            stopBundles(runHere(moduleBundles(id)));
        }
        long applied = System.nanoTime();
        LOG.info(String.format(java.util.Locale.ROOT, "%s: planned in %d ms, p2 engine %d ms, bundles applied in %d ms",
                what,
                (planned - t0) / 1_000_000, (engine - planned) / 1_000_000, (applied - engine) / 1_000_000));
    }

    private <T> T changing(java.util.function.Supplier<T> change) {
        if (!changing.tryLock()) {
            throw new ConflictException("module_change_in_progress",
                    MESSAGES.text("p2ModuleAdmin.another_module_change_progress"));
        }
        try {
            return change.get();
        } finally {
            changing.unlock();
        }
    }

    // ---- checks

    private static void requireAdmin(Actor actor) {
        if (actor == null || !actor.hasRole(Roles.ADMIN) || !actor.reach().everywhere()) {
            throw new ForbiddenException(
                    MESSAGES.text("p2ModuleAdmin.only_administrators_whole_installation_manage"));
        }
    }

    /** A module id that may be changed; {@code mustBeInstalled} for stop, start and uninstall. */
    private String checkChangeable(String moduleId, boolean mustBeInstalled) {
        if (moduleId == null || !MODULE_ID.matcher(moduleId).matches() || NOT_MODULES.contains(moduleId)) {
            throw new NotFoundException(MESSAGES.text("entity.module"), moduleId);
        }
        if (PLATFORM.equals(moduleId)) {
            throw new ConflictException("platform_module",
                    MESSAGES.text("p2ModuleAdmin.platform_cannot_stopped_removed_or"));
        }
        if (mustBeInstalled && !installedGroups().containsKey(moduleId)) {
            throw new NotFoundException(MESSAGES.text("entity.module"), moduleId);
        }
        return moduleId;
    }

    static URI checkRepository(URI repository) {
        if (repository == null) {
            throw new ValidationException("repository", MESSAGES.text("p2ModuleAdmin.repository_required"));
        }
        String scheme = repository.getScheme();
        if (scheme == null || !Set.of("file", "jar", "http", "https").contains(scheme.toLowerCase())) {
            throw new ValidationException("repository",
                    MESSAGES.text("p2ModuleAdmin.repository_file_jar_file_http"));
        }
        if (scheme.equalsIgnoreCase("jar") && !repository.toString().startsWith("jar:file:")) {
            throw new ValidationException("repository", MESSAGES.text("p2ModuleAdmin.zipped_repository_jar_file_uri"));
        }
        return repository;
    }

    /** Only the configured update sites: a module is code the server will run with all its rights. */
    private URI allowed(URI repository) {
        if (!sites.allows(repository)) {
            throw new ValidationException("repository", sites.isEmpty()
                    ? MESSAGES.text("p2ModuleAdmin.no_update_sites_configured")
                    : MESSAGES.text("p2ModuleAdmin.not_a_configured_update_site", repository));
        }
        return repository;
    }

    private IMetadataRepository load(URI uri) {
        IMetadataRepositoryManager manager = agent.getService(IMetadataRepositoryManager.class);
        IArtifactRepositoryManager artifacts = agent.getService(IArtifactRepositoryManager.class);
        boolean known = manager.contains(uri);
        try {
            return manager.loadRepository(uri, new NullProgressMonitor());
        } catch (ProvisionException | RuntimeException e) {
            // the caller learns what kind of failure it was; p2's own words (paths, hosts, stack) stay in the log
            LOG.warn("cannot read the update site {}: {}{}", uri, e.getMessage(), rootCause(e));
            throw new ValidationException("repository",
                    MESSAGES.text("p2ModuleAdmin.cannot_read_repository", uri, MESSAGES.text(failureKind(e))));
        } finally {
            if (!known) { // used for this change only, not remembered as a site to update from
                manager.removeRepository(uri);
                artifacts.removeRepository(uri);
            }
        }
    }

    /** The kind of a failed read, as a message key: the site's certificate, no answer, or no update site there. */
    static String failureKind(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof javax.net.ssl.SSLException || t instanceof java.security.cert.CertificateException
                    || t instanceof java.security.cert.CertPathValidatorException) {
                return "p2ModuleAdmin.failure.certificate";
            }
            if (t instanceof java.net.ConnectException || t instanceof java.net.UnknownHostException
                    || t instanceof java.net.SocketTimeoutException) {
                return "p2ModuleAdmin.failure.no_answer";
            }
        }
        String all = String.valueOf(e.getMessage()) + rootCause(e);
        if (all.contains("PKIX") || all.toLowerCase(java.util.Locale.ROOT).contains("certificat")) {
            return "p2ModuleAdmin.failure.certificate";
        }
        if (all.contains("Connection refused") || all.contains("connect timed out")) {
            return "p2ModuleAdmin.failure.no_answer";
        }
        return "p2ModuleAdmin.failure.no_site";
    }

    /** The first underlying reason p2 gives (its messages alone say little: "Communication ... failed"). */
    private static String rootCause(Throwable e) {
        Throwable cause = e;
        if (e instanceof org.eclipse.core.runtime.CoreException ce) {
            org.eclipse.core.runtime.IStatus s = ce.getStatus();
            while (s != null && s.getException() == null && s.getChildren().length > 0) {
                s = s.getChildren()[0];
            }
            if (s != null && s.getException() != null) {
                cause = s.getException();
            } else if (s != null && s.getMessage() != null && !s.getMessage().equals(e.getMessage())) {
                return " (" + s.getMessage() + ")";
            }
        }
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause == e ? "" : " (" + cause.getClass().getSimpleName() + ": " + cause.getMessage() + ")";
    }

    private Optional<IInstallableUnit> latest(IMetadataRepository repo, String id) {
        IQuery<IInstallableUnit> q = QueryUtil
                .createLatestQuery(QueryUtil.createIUQuery(installFeatureId(id) + ".feature.group"));
        return repo.query(q, null).stream().findFirst();
    }

    // ---- the profile and the framework

    private ProvisioningSession session() {
        return new ProvisioningSession(agent);
    }

    private IProfile profile() {
        IProfileRegistry registry = agent.getService(IProfileRegistry.class);
        IProfile profile = registry == null ? null : registry.getProfile(IProfileRegistry.SELF);
        if (profile == null) {
            throw new XingfengException(503, "no_profile",
                    MESSAGES.text("p2ModuleAdmin.installation_no_p2_profile_modules"), List.of());
        }
        return profile;
    }

    /** Installed module feature groups by module id. */
    private Map<String, IInstallableUnit> installedGroups() {
        Map<String, IInstallableUnit> map = new LinkedHashMap<>();
        for (IInstallableUnit iu : profile().query(QueryUtil.createIUGroupQuery(), null)) {
            String id = moduleId(iu.getId());
            if (id != null) {
                map.put(id, iu);
            }
        }
        return map;
    }

    /** Installed client features ({@code org.xingfeng.<id>.ui}) by module id. */
    private Map<String, IInstallableUnit> installedClientGroups() {
        Map<String, IInstallableUnit> map = new LinkedHashMap<>();
        for (IInstallableUnit iu : profile().query(QueryUtil.createIUGroupQuery(), null)) {
            Matcher m = CLIENT_GROUP.matcher(iu.getId());
            if (m.matches() && !NOT_MODULES.contains(m.group(1))) {
                map.put(m.group(1), iu);
            }
        }
        return map;
    }

    static String moduleId(String groupId) {
        Matcher m = GROUP.matcher(groupId);
        return m.matches() && !NOT_MODULES.contains(m.group(1)) ? m.group(1) : null;
    }

    static String featureId(String moduleId) {
        return "org.xingfeng." + moduleId;
    }

    /** The feature that installs a module here: the module's own, or in the client its client feature. */
    String installFeatureId(String moduleId) {
        return client ? featureId(moduleId) + ".ui" : featureId(moduleId);
    }

    private static String name(IInstallableUnit iu) {
        String name = iu.getProperty(IInstallableUnit.PROP_NAME, null);
        return name == null ? iu.getId() : name;
    }

    private InstalledModule describe(IInstallableUnit group) {
        String id = moduleId(group.getId());
        List<Bundle> bundles = moduleBundles(id);
        List<ModuleBundle> listed = bundles.stream()
                .map(b -> new ModuleBundle(b.getSymbolicName(), b.getVersion().toString(),
                        BundleStates.name(b.getState())))
                .toList();
        ModuleDescriptor d = descriptors.stream().filter(x -> id.equals(x.id())).findFirst()
                .orElse(namesSeen.get(id));
        // never running since the start (stopped before it): the feature's label stands for both names
        return new InstalledModule(id, featureId(id), d == null ? name(group) : d.nameZh(),
                d == null ? name(group) : d.nameEn(),
                group.getVersion().toString(), BundleStates.moduleState(runHere(bundles)), listed);
    }

    /** The module's bundles, and in the client those of its client feature (its views) too. */
    private List<Bundle> moduleBundles(String id) {
        IInstallableUnit group = installedGroups().get(id);
        if (group == null) {
            return List.of();
        }
        List<Bundle> list = new ArrayList<>(moduleBundles(group));
        IInstallableUnit clientGroup = client ? installedClientGroups().get(id) : null;
        if (clientGroup != null) {
            moduleBundles(clientGroup).stream().filter(b -> !list.contains(b)).forEach(list::add);
            list.sort(Comparator.comparing(Bundle::getSymbolicName));
        }
        return list;
    }

    /** The module's own bundles (org.xingfeng.*) the feature group requires, as installed in the framework. */
    private List<Bundle> moduleBundles(IInstallableUnit group) {
        IProfile profile = profile();
        List<Bundle> list = new ArrayList<>();
        for (IRequirement req : group.getRequirements()) {
            for (IInstallableUnit iu : profile.query(QueryUtil.createMatchQuery(req.getMatches()), null)) {
                if (!iu.getId().startsWith("org.xingfeng.") || iu.getId().endsWith(".feature.jar")
                        || QueryUtil.isGroup(iu)) {
                    continue;
                }
                for (Bundle b : context.getBundles()) {
                    if (iu.getId().equals(b.getSymbolicName())
                            && iu.getVersion().toString().equals(b.getVersion().toString())) {
                        list.add(b);
                    }
                }
            }
        }
        list.sort(Comparator.comparing(Bundle::getSymbolicName));
        return list;
    }

    /** The bundles that run here: the client serves no HTTP, so there a module's REST bundle is left alone. */
    private List<Bundle> runHere(List<Bundle> bundles) {
        return client ? bundles.stream().filter(b -> !b.getSymbolicName().endsWith(".rest")).toList() : bundles;
    }

    private static void stopBundles(List<Bundle> bundles) {
        for (Bundle b : bundles.stream().sorted(Comparator.comparing(Bundle::getSymbolicName).reversed()).toList()) {
            if (BundleStates.startable(b)) {
                try {
                    b.stop();
                } catch (BundleException e) {
                    throw new IllegalStateException("cannot stop " + b.getSymbolicName(), e);
                }
            }
        }
    }

    private static void startBundles(List<Bundle> bundles) {
        for (Bundle b : bundles) {
            if (BundleStates.startable(b)) {
                try {
                    b.start(Bundle.START_ACTIVATION_POLICY);
                } catch (BundleException e) {
                    throw new XingfengException(409, "module_start_failed",
                            MESSAGES.text("p2ModuleAdmin.cannot_start", b.getSymbolicName(), e.getMessage()),
                            List.of());
                }
            }
        }
    }

    private void record(Actor actor, String action, String id, Object before, Object after) {
        AuditLog log = audit;
        if (log != null) {
            log.record(actor, action, ENTITY, id, before, after);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // left for the next upload to overwrite
        }
    }

}
