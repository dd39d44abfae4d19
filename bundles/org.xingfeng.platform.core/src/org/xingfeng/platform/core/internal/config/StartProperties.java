package org.xingfeng.platform.core.internal.config;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;
import org.osgi.util.tracker.BundleTracker;
import org.slf4j.LoggerFactory;
import org.slf4j.Logger;

/**
 * The one place where an operator's start properties reach the components' configurations. Every component of the
 * suite that has settings reads them from its own PID in ConfigAdmin, described by its metatype, and waits for that
 * configuration ({@code ConfigurationPolicy.REQUIRE}). This component writes it: for each PID {@code org.xingfeng.*}
 * that a bundle's metatype designates (at start-up, and whenever a bundle arrives, e.g. a module installed at
 * runtime) it makes sure a configuration exists, and it sets an attribute {@code a} to the start property
 * {@code xingfeng.a} when one is given (a framework property or a Java system property, e.g.
 * {@code -Dxingfeng.db.kind=postgresql} or a line of the product's config.ini). An attribute without a start property
 * keeps what ConfigAdmin holds (a value changed at runtime survives a restart), else the metatype's default.
 */
@Component(immediate = true)
public class StartProperties {

    private static final Logger LOG = LoggerFactory.getLogger(StartProperties.class);

    static final String PREFIX = "xingfeng.";
    static final String OUR_PIDS = "org.xingfeng.";

    private final BundleContext context;
    private final ConfigurationAdmin configAdmin;
    private final MetaTypeService metaTypes;
    private final BundleTracker<Bundle> tracker;

    @Activate
    public StartProperties(BundleContext context, @Reference ConfigurationAdmin configAdmin,
            @Reference MetaTypeService metaTypes) {
        this.context = context;
        this.configAdmin = configAdmin;
        this.metaTypes = metaTypes;
        this.tracker = new BundleTracker<>(context, Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE, null) {
            @Override
            public Bundle addingBundle(Bundle bundle, BundleEvent event) {
                seed(bundle);
                return bundle;
            }
        };
        tracker.open();
    }

    @Deactivate
    void close() {
        tracker.close();
    }

    /** Writes the configurations of the PIDs the bundle's metatype designates. */
    void seed(Bundle bundle) {
        String name = bundle.getSymbolicName();
        if (name == null || !name.startsWith(OUR_PIDS)) {
            return;
        }
        MetaTypeInformation info = metaTypes.getMetaTypeInformation(bundle);
        if (info == null) {
            return;
        }
        for (String pid : info.getPids()) {
            if (!pid.startsWith(OUR_PIDS)) {
                continue;
            }
            ObjectClassDefinition ocd = info.getObjectClassDefinition(pid, null);
            AttributeDefinition[] attributes = ocd == null ? null
                    : ocd.getAttributeDefinitions(ObjectClassDefinition.ALL);
            Map<String, Object> given = new LinkedHashMap<>();
            for (AttributeDefinition ad : attributes == null ? new AttributeDefinition[0] : attributes) {
                String text = context.getProperty(PREFIX + ad.getID());
                if (text != null && !text.isBlank()) {
                    try {
                        given.put(ad.getID(), value(ad, text.strip()));
                    } catch (IllegalArgumentException e) {
                        LOG.warn("start property {}{} ignored: {}", PREFIX, ad.getID(), e.getMessage());
                    }
                }
            }
            apply(pid, given);
        }
    }

    private void apply(String pid, Map<String, Object> given) {
        try {
            Configuration c = configAdmin.getConfiguration(pid, "?");
            Dictionary<String, Object> properties = c.getProperties();
            if (properties == null) {
                c.update(new Hashtable<>(given));
                return;
            }
            boolean changed = false;
            for (Map.Entry<String, Object> e : given.entrySet()) {
                if (!Objects.deepEquals(properties.get(e.getKey()), e.getValue())) {
                    properties.put(e.getKey(), e.getValue());
                    changed = true;
                }
            }
            if (changed) {
                c.update(properties);
            }
        } catch (IOException e) {
            LOG.error("cannot write the configuration {}: {}", pid, e.getMessage());
        }
    }

    /** The start property's text as the attribute's type (a list attribute: values separated by commas). */
    static Object value(AttributeDefinition ad, String text) {
        if (ad.getCardinality() == 0) {
            return scalar(ad.getType(), text);
        }
        List<Object> values = new ArrayList<>();
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                values.add(scalar(ad.getType(), part.strip()));
            }
        }
        if (ad.getCardinality() < 0) {
            return values;
        }
        Object array = java.lang.reflect.Array.newInstance(boxed(ad.getType()), values.size());
        for (int i = 0; i < values.size(); i++) {
            java.lang.reflect.Array.set(array, i, values.get(i));
        }
        return array;
    }

    private static Object scalar(int type, String text) {
        switch (type) {
            case AttributeDefinition.INTEGER:
                return Integer.valueOf(text);
            case AttributeDefinition.LONG:
                return Long.valueOf(text);
            case AttributeDefinition.DOUBLE:
                return Double.valueOf(text);
            case AttributeDefinition.FLOAT:
                return Float.valueOf(text);
            case AttributeDefinition.SHORT:
                return Short.valueOf(text);
            case AttributeDefinition.BYTE:
                return Byte.valueOf(text);
            case AttributeDefinition.BOOLEAN:
                if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
                    throw new IllegalArgumentException("not true or false: " + text);
                }
                return Boolean.valueOf(text);
            case AttributeDefinition.CHARACTER:
                if (text.length() != 1) {
                    throw new IllegalArgumentException("not one character: " + text);
                }
                return Character.valueOf(text.charAt(0));
            default:
                return text;
        }
    }

    private static Class<?> boxed(int type) {
        switch (type) {
            case AttributeDefinition.INTEGER:
                return Integer.class;
            case AttributeDefinition.LONG:
                return Long.class;
            case AttributeDefinition.DOUBLE:
                return Double.class;
            case AttributeDefinition.FLOAT:
                return Float.class;
            case AttributeDefinition.SHORT:
                return Short.class;
            case AttributeDefinition.BYTE:
                return Byte.class;
            case AttributeDefinition.BOOLEAN:
                return Boolean.class;
            case AttributeDefinition.CHARACTER:
                return Character.class;
            default:
                return String.class;
        }
    }
}
