package org.xingfeng.platform.api.module;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import org.xingfeng.platform.api.Actor;

/**
 * Installs, updates, stops, starts and removes modules while the suite runs (the administrator's module
 * management). A module is the feature {@code org.xingfeng.<id>} of the update site; the platform itself
 * cannot be removed. Every change needs the {@code admin} role and is written to the audit log. Removing a
 * module removes its bundles (its REST resources, pages and views vanish) but never its data: installed
 * again, it finds its tables as it left them.
 */
public interface ModuleAdmin {

    /** Installed modules (the platform included) with versions, states and bundles, sorted by id. */
    List<InstalledModule> installed();

    /** Modules the repository offers: an update site URL ({@code file:}, {@code http(s):}) or a zipped site. */
    List<AvailableModule> available(Actor actor, URI repository);

    /** Installs (or, when installed, updates to the repository's newest version) a module and starts it. */
    InstalledModule install(Actor actor, String moduleId, URI repository);

    /** Installs or updates a module from an uploaded zipped update site (an archive of a p2 repository). */
    InstalledModule installArchive(Actor actor, String moduleId, Path archive);

    InstalledModule stop(Actor actor, String moduleId);

    InstalledModule start(Actor actor, String moduleId);

    /** Removes the module's bundles; its data stays in the database. */
    void uninstall(Actor actor, String moduleId);
}
