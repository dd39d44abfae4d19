package org.xingfeng.platform.core.internal.module;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.xingfeng.platform.api.module.ModuleDescriptor;
import org.xingfeng.platform.api.module.ModuleInfo;
import org.xingfeng.platform.api.module.ModuleRegistry;

/** Tracks the module descriptors as they come and go. */
@Component
public class ModuleRegistryImpl implements ModuleRegistry {

    private final List<ModuleDescriptor> descriptors = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addModule(ModuleDescriptor d) {
        descriptors.add(d);
    }

    void removeModule(ModuleDescriptor d) {
        descriptors.remove(d);
    }

    @Override
    public List<ModuleInfo> modules() {
        return descriptors.stream().map(ModuleInfo::of).sorted(Comparator.comparing(ModuleInfo::id)).toList();
    }
}
