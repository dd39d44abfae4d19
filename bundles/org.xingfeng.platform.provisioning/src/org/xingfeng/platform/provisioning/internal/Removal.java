package org.xingfeng.platform.provisioning.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.IInstallableUnitFragment;
import org.eclipse.equinox.p2.metadata.IProvidedCapability;
import org.eclipse.equinox.p2.metadata.IRequirement;
import org.eclipse.equinox.p2.metadata.MetadataFactory;
import org.eclipse.equinox.p2.metadata.MetadataFactory.InstallableUnitDescription;
import org.eclipse.equinox.p2.metadata.Version;
import org.eclipse.equinox.p2.query.IQueryable;
import org.eclipse.equinox.p2.query.QueryUtil;

/**
 * What taking root units (a module's feature) out of an installation removes, worked out from the installed units
 * alone, without p2's planner: every unit the remaining roots still reach through their requirements stays, the rest
 * goes. p2's planner answers the same for a removal but solves the whole profile two or three times to do it (its
 * SAT encoding of every unit, the larger part of a module's removal); a removal adds nothing, so there is nothing to
 * choose between and reachability is the whole answer.
 * <p>
 * A unit's greedy requirements are followed, whether they must be met or are optional (the planner installs what an
 * optional greedy one asks for when it can); a non-greedy one brings nothing (a fragment's host requirement, an
 * optional package import), so it is not followed, but what stays must still meet it: {@link #unmetAfter} names a
 * requirement the removal would leave unmet, and then p2's planner is to plan the change instead (and refuse it).
 */
final class Removal {

    private static final String TRANSLATION = "org.eclipse.equinox.p2.localization";
    /** The profile property that holds its environment ({@code IProfile.PROP_ENVIRONMENTS}). */
    private static final String ENVIRONMENTS = "org.eclipse.equinox.p2.environments";

    private final IQueryable<IInstallableUnit> installed;
    private final Collection<IInstallableUnit> units;
    /** What a requirement's filter is matched against: the installation's properties and environment. */
    private final IInstallableUnit context;
    private final Map<IRequirement, Set<IInstallableUnit>> meeting = new HashMap<>();

    /**
     * @param installed the installation's units (the profile), queried for what meets each requirement
     * @param properties the profile's properties, its environment ({@code osgi.os=linux,...}) among them: a
     *        requirement whose filter they do not match does not count, as for p2's planner
     */
    Removal(IQueryable<IInstallableUnit> installed, Map<String, String> properties) {
        this.installed = installed;
        this.units = installed.query(QueryUtil.createIUAnyQuery(), null).toUnmodifiableSet();
        this.context = selectionContext(properties);
    }

    /**
     * The units that go when {@code removed} do: they themselves, and every unit the remaining roots do not reach
     * without passing through them (a unit an optional requirement of a remaining root asks for goes with them if
     * named, as the planner takes it out on request).
     */
    Set<IInstallableUnit> unitsToRemove(Collection<IInstallableUnit> roots, Collection<IInstallableUnit> removed) {
        Set<IInstallableUnit> kept = reachedFrom(roots.stream().filter(r -> !removed.contains(r)).toList(),
                Set.copyOf(removed));
        Set<IInstallableUnit> gone = new LinkedHashSet<>(units);
        gone.removeAll(kept);
        return gone;
    }

    /** The installed units that stay when {@code gone} go. */
    Set<IInstallableUnit> keptAfter(Collection<IInstallableUnit> gone) {
        Set<IInstallableUnit> kept = new HashSet<>(units);
        kept.removeAll(gone);
        return kept;
    }

    /** The units reached from {@code start} (themselves included). */
    Set<IInstallableUnit> reachedFrom(Collection<IInstallableUnit> start) {
        return reachedFrom(start, Set.of());
    }

    private Set<IInstallableUnit> reachedFrom(Collection<IInstallableUnit> start, Set<IInstallableUnit> avoided) {
        Set<IInstallableUnit> reached = new HashSet<>(start);
        Deque<IInstallableUnit> next = new ArrayDeque<>(start);
        while (!next.isEmpty()) {
            IInstallableUnit iu = next.pop();
            for (IRequirement req : iu.getRequirements()) {
                if (req.getMax() == 0 || !req.isGreedy() || !applies(req)) {
                    continue;
                }
                for (IInstallableUnit match : meeting(req)) {
                    if (!avoided.contains(match) && reached.add(match)) {
                        next.push(match);
                    }
                }
            }
        }
        return reached;
    }

    /**
     * The installed units that meet {@code req} (by the installation's capability index), kept by requirement: the
     * same requirement (a package most bundles import) comes up again and again, and each query of the index costs.
     */
    private Set<IInstallableUnit> meeting(IRequirement req) {
        return meeting.computeIfAbsent(req,
                r -> Set.copyOf(installed.query(QueryUtil.createMatchQuery(r.getMatches()), null).toSet()));
    }

    private boolean applies(IRequirement req) {
        return req.getFilter() == null || req.getFilter().isMatch(context);
    }

    /** As p2's planner makes it: the properties, and each {@code key=value} of the environment property apart. */
    static IInstallableUnit selectionContext(Map<String, String> properties) {
        Map<String, String> all = new HashMap<>(properties);
        String environments = properties.get(ENVIRONMENTS);
        if (environments != null) {
            for (String entry : environments.split(",")) {
                int i = entry.indexOf('=');
                if (i > 0) {
                    all.put(entry.substring(0, i).trim(), entry.substring(i + 1).trim());
                }
            }
        }
        InstallableUnitDescription d = new InstallableUnitDescription();
        d.setId("org.eclipse.equinox.p2.context.iu");
        d.setVersion(Version.emptyVersion);
        all.forEach(d::setProperty);
        return MetadataFactory.createInstallableUnit(d);
    }

    /**
     * The requirements of the units that stay when {@code gone} go that an installed unit meets now and none of those
     * staying would: what removing {@code gone} would break (empty when nothing).
     */
    List<String> unmetAfter(Collection<IInstallableUnit> gone) {
        Set<IInstallableUnit> kept = keptAfter(gone);
        List<String> unmet = new ArrayList<>();
        for (IInstallableUnit iu : kept) {
            List<IRequirement> reqs = new ArrayList<>(iu.getRequirements());
            if (iu instanceof IInstallableUnitFragment fragment) {
                reqs.addAll(fragment.getHost());
            }
            for (IRequirement req : reqs) {
                if (req.getMin() == 0 || req.getMax() == 0 || !applies(req) || gone.stream().noneMatch(req::isMatch)) {
                    continue; // optional, a negation, filtered out here, or nothing that goes could meet it
                }
                Set<IInstallableUnit> meeting = meeting(req);
                if (!meeting.isEmpty() && meeting.stream().noneMatch(kept::contains)) {
                    unmet.add(iu.getId() + " " + req);
                }
            }
        }
        return unmet;
    }

    /**
     * Each unit with the configuration fragments attached to it, as the engine needs it to undo its install (a
     * bundle's {@code uninstallBundle} comes from the fragment that installed it): of the fragments whose host
     * requirements the unit meets, the one with the most host requirements, and every translation. This is how p2
     * attaches fragments when it plans; fragments themselves are given as they are.
     */
    List<IInstallableUnit> resolved(Collection<IInstallableUnit> ius) {
        Map<IInstallableUnitFragment, Set<IInstallableUnit>> hosts = new HashMap<>();
        for (IInstallableUnit iu : units) {
            if (iu instanceof IInstallableUnitFragment fragment) {
                hosts.put(fragment, hostsOf(fragment));
            }
        }
        List<IInstallableUnit> list = new ArrayList<>();
        for (IInstallableUnit iu : ius) {
            if (QueryUtil.isFragment(iu)) {
                list.add(iu);
                continue;
            }
            IInstallableUnitFragment mostSpecific = null;
            List<IInstallableUnitFragment> attached = new ArrayList<>();
            for (Map.Entry<IInstallableUnitFragment, Set<IInstallableUnit>> e : hosts.entrySet()) {
                IInstallableUnitFragment fragment = e.getKey();
                if (fragment.equals(iu) || !e.getValue().contains(iu)) {
                    continue;
                }
                if (isTranslation(fragment)) {
                    attached.add(fragment);
                } else if (mostSpecific == null || fragment.getHost().size() > mostSpecific.getHost().size()) {
                    mostSpecific = fragment;
                }
            }
            if (mostSpecific != null) {
                attached.add(0, mostSpecific);
            }
            list.add(MetadataFactory.createResolvedInstallableUnit(iu,
                    attached.toArray(IInstallableUnitFragment[]::new)));
        }
        return list;
    }

    private Set<IInstallableUnit> hostsOf(IInstallableUnitFragment fragment) {
        Set<IInstallableUnit> hosts = null;
        for (IRequirement req : fragment.getHost()) {
            Set<IInstallableUnit> matches = meeting(req);
            if (hosts == null) {
                hosts = new HashSet<>(matches);
            } else {
                hosts.retainAll(matches);
            }
        }
        return hosts == null ? Set.of() : hosts;
    }

    private static boolean isTranslation(IInstallableUnitFragment fragment) {
        for (IProvidedCapability capability : fragment.getProvidedCapabilities()) {
            if (TRANSLATION.equals(capability.getNamespace())) {
                return true;
            }
        }
        return false;
    }
}
