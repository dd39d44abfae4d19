package org.xingfeng.platform.rest.internal;

import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;

import org.glassfish.jersey.media.multipart.MultiPartFeature;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;

/** multipart/form-data for every module's uploads (a browser form posting a file). */
@Component(service = Feature.class)
@JakartarsExtension
@JakartarsName("xingfeng.multipart")
public class MultipartExtension implements Feature {

    @Override
    public boolean configure(FeatureContext context) {
        context.register(MultiPartFeature.class);
        return true;
    }
}
