package org.xingfeng.platform.rest.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Dictionary;
import java.util.Hashtable;

import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The Jakarta REST whiteboard serves nothing until its runtime is configured: this component configures it
 * to serve every module's resources from the root of the HTTP whiteboard ({@code /health}, {@code /api/v1/...}).
 */
@Component(immediate = true, service = RestRuntimeSetup.class)
public class RestRuntimeSetup {

    static final String FACTORY_PID = "JakartarsServletWhiteboardRuntimeComponent";

    @Activate
    public RestRuntimeSetup(@Reference ConfigurationAdmin configAdmin) {
        try {
            Configuration config = configAdmin.getFactoryConfiguration(FACTORY_PID, "xingfeng", "?");
            Dictionary<String, Object> props = new Hashtable<>();
            props.put("jersey.jakartars.whiteboard.name", "xingfeng");
            props.put("jersey.context.path", "/");
            config.updateIfDifferent(props);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
