package org.xingfeng.platform.ui.internal.views;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.module.AvailableModule;
import org.xingfeng.platform.api.module.InstalledModule;
import org.xingfeng.platform.api.module.ModuleAdmin;
import org.xingfeng.platform.api.module.ModuleBundle;
import org.xingfeng.platform.api.module.ModuleState;

/** Module management that keeps its modules in memory and records every call, registered by the test as a service. */
final class FakeModuleAdmin implements ModuleAdmin {

    final List<String> calls = new ArrayList<>();
    /** Thrown by the next call, as module management refuses a change or p2 fails. */
    volatile RuntimeException failNext;
    /** Run inside the next call, e.g. a cancel pressed while the change runs. */
    volatile Runnable duringNext;
    private final Map<String, InstalledModule> modules = new TreeMap<>();

    FakeModuleAdmin() {
        put("platform", "基础平台", "Platform", "0.1.0", ModuleState.ACTIVE);
        put("matters", "事项清单", "Matters", "0.1.0", ModuleState.ACTIVE);
    }

    private InstalledModule put(String id, String zh, String en, String version, ModuleState state) {
        String bundleState = state == ModuleState.ACTIVE ? "ACTIVE" : "RESOLVED";
        InstalledModule m = new InstalledModule(id, "org.xingfeng." + id, zh, en, version, state, List.of(
                new ModuleBundle("org.xingfeng." + id + ".api", version, bundleState),
                new ModuleBundle("org.xingfeng." + id + ".core", version, bundleState)));
        modules.put(id, m);
        return m;
    }

    private synchronized void call(Actor actor, String what) {
        calls.add(actor.username() + " " + what);
        Runnable during = duringNext;
        duringNext = null;
        if (during != null) {
            during.run();
        }
        RuntimeException fail = failNext;
        failNext = null;
        if (fail != null) {
            throw fail;
        }
    }

    @Override
    public synchronized List<InstalledModule> installed() {
        return List.copyOf(modules.values());
    }

    @Override
    public List<AvailableModule> available(Actor actor, URI repository) {
        call(actor, "available " + repository);
        InstalledModule matters = modules.get("matters");
        InstalledModule evaluations = modules.get("evaluations");
        return List.of(
                new AvailableModule("matters", "org.xingfeng.matters", "事项清单", "0.2.0",
                        matters == null ? null : matters.version()),
                new AvailableModule("evaluations", "org.xingfeng.evaluations", "好差评", "0.1.0",
                        evaluations == null ? null : evaluations.version()));
    }

    @Override
    public synchronized InstalledModule install(Actor actor, String moduleId, URI repository) {
        call(actor, "install " + moduleId + " " + repository);
        return switch (moduleId) {
            case "matters" -> put("matters", "事项清单", "Matters", "0.2.0", ModuleState.ACTIVE);
            case "evaluations" -> put("evaluations", "好差评", "Evaluations", "0.1.0", ModuleState.ACTIVE);
            default -> throw new ValidationException("moduleId",
                    Messages.of(ValidationException.class).text("error.validation", "更新站点没有该模块: " + moduleId));
        };
    }

    @Override
    public InstalledModule installArchive(Actor actor, String moduleId, Path archive) {
        call(actor, "installArchive " + moduleId + " " + archive.getFileName());
        return install(actor, moduleId, archive.toUri());
    }

    @Override
    public synchronized InstalledModule stop(Actor actor, String moduleId) {
        call(actor, "stop " + moduleId);
        InstalledModule m = modules.get(moduleId);
        return put(m.id(), m.nameZh(), m.nameEn(), m.version(), ModuleState.STOPPED);
    }

    @Override
    public synchronized InstalledModule start(Actor actor, String moduleId) {
        call(actor, "start " + moduleId);
        InstalledModule m = modules.get(moduleId);
        return put(m.id(), m.nameZh(), m.nameEn(), m.version(), ModuleState.ACTIVE);
    }

    @Override
    public synchronized void uninstall(Actor actor, String moduleId) {
        call(actor, "uninstall " + moduleId);
        modules.remove(moduleId);
    }
}
