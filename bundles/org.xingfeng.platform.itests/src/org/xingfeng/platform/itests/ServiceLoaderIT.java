package org.xingfeng.platform.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.slf4j.LoggerFactory;
import org.xingfeng.platform.testing.Modules;

/**
 * The suite's Service Loader Mediator registrar (in place of Aries SPI Fly): libraries' ServiceLoader providers are
 * OSGi services of their own bundles while those are active, and SLF4J finds slf4j-simple through its fragment.
 */
class ServiceLoaderIT {

    private final BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();

    @Test
    void slf4jFindsItsProviderInsideOsgi() {
        assertEquals("org.slf4j.simple.SimpleLoggerFactory", LoggerFactory.getILoggerFactory().getClass().getName(),
                "SLF4J fell back to its no-operation logger: the server's log lines would vanish");
    }

    @Test
    void log4jLogsThroughSlf4j() {
        // POI logs through Log4j's API, whose provider (log4j-to-slf4j) registers itself as a service
        assertEquals("org.apache.logging.slf4j.SLF4JLoggerContext",
                org.apache.logging.log4j.LogManager.getContext(false).getClass().getName());
    }

    @Test
    void providersAreServicesOfTheirBundles() throws Exception {
        ServiceReference<?> delegate = mediated("jakarta.ws.rs.ext.RuntimeDelegate");
        assertEquals("org.eclipse.osgitech.rest", delegate.getBundle().getSymbolicName());
        Object service = context.getService(delegate);
        try {
            assertNotNull(service, "the registrar made no RuntimeDelegate");
            assertEquals("org.eclipse.osgitech.rest.provider.jakartars.RuntimeDelegateService",
                    service.getClass().getName());
        } finally {
            context.ungetService(delegate);
        }
        // a fragment's provider is its host's service: the whiteboard's SSE builder, in a fragment of Jersey's SSE
        assertEquals("org.glassfish.jersey.media.jersey-media-sse",
                mediated("jakarta.ws.rs.sse.SseEventSource$Builder").getBundle().getSymbolicName());
        ServiceReference<?> slf4j = mediated("org.slf4j.spi.SLF4JServiceProvider");
        assertEquals("simple", slf4j.getProperty("type"), "the capability's attributes are the service's properties");
        assertEquals("slf4j.simple", slf4j.getBundle().getSymbolicName());
    }

    @Test
    void anEmptyRegisterDirectiveRegistersNothing() throws Exception {
        // org.eclipse.osgitech.rest provides jakarta.ws.rs.client.ClientBuilder with register:=""
        ServiceReference<?>[] refs = context.getAllServiceReferences("jakarta.ws.rs.client.ClientBuilder",
                "(serviceloader.mediator=*)");
        assertEquals(null, refs, () -> "registered anyway: " + Arrays.toString(refs));
    }

    @Test
    void aStoppedProviderTakesItsServicesAlong() throws Exception {
        Bundle simple = Modules.bundle("slf4j.simple");
        simple.stop(Bundle.STOP_TRANSIENT);
        try {
            assertEquals(null, context.getAllServiceReferences("org.slf4j.spi.SLF4JServiceProvider",
                    "(serviceloader.mediator=*)"), "still registered after its bundle stopped");
        } finally {
            simple.start(Bundle.START_TRANSIENT);
        }
        assertEquals("slf4j.simple", mediated("org.slf4j.spi.SLF4JServiceProvider").getBundle().getSymbolicName(),
                "not registered again when its bundle started");
    }

    /** The one service of the type that the registrar registered. */
    private ServiceReference<?> mediated(String type) throws Exception {
        ServiceReference<?>[] refs = context.getAllServiceReferences(type, "(serviceloader.mediator=*)");
        assertNotNull(refs, "no " + type + " from the registrar");
        assertEquals(1, refs.length, () -> "more than one " + type + ": " + Arrays.toString(refs));
        Object mediator = refs[0].getProperty("serviceloader.mediator");
        assertTrue(mediator instanceof Long, "serviceloader.mediator names the registrar's bundle id");
        assertEquals("org.xingfeng.platform.serviceloader",
                context.getBundle((Long) mediator).getSymbolicName());
        return refs[0];
    }
}
