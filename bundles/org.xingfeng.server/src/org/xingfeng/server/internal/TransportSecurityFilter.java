package org.xingfeng.server.internal;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * HTTPS as a bureau runs it: Jetty serves HTTPS with the bureau's key store (the HTTP service's own start properties,
 * see README "HTTPS"); this filter tells browsers to keep to HTTPS (HSTS on every answer over HTTPS) and, when
 * configured, answers a plain-HTTP request with a permanent redirect to the same path over HTTPS. Behind a reverse
 * proxy that ends TLS, leave the redirect to the proxy.
 */
@Component(service = Filter.class, configurationPid = TransportSecurityFilter.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE, property = {
                "osgi.http.whiteboard.filter.pattern=/*",
                "osgi.http.whiteboard.filter.asyncSupported=true",
                "osgi.http.whiteboard.filter.name=xingfeng.transport-security",
                "osgi.http.whiteboard.context.select=(osgi.http.whiteboard.context.name=*)",
                "service.ranking:Integer=2000" })
@Designate(ocd = TransportSecurityFilter.Config.class)
public class TransportSecurityFilter implements Filter {

    public static final String PID = "org.xingfeng.https";

    @ObjectClassDefinition(id = PID, name = "HTTPS", description = "Redirect to HTTPS and HSTS")
    public @interface Config {

        @AttributeDefinition(name = "Redirect plain HTTP",
                description = "answer plain-HTTP requests with a redirect to HTTPS (needs HTTPS served)")
        boolean https_redirect() default false;

        @AttributeDefinition(name = "HSTS seconds",
                description = "Strict-Transport-Security max-age sent over HTTPS; 0: no header")
        long https_hstsSeconds() default 31_536_000L;
    }

    /** The HTTP service's HTTPS port, from its start property. */
    static final String HTTPS_PORT = "org.osgi.service.http.port.secure";
    static final String HTTPS_ENABLED = "org.apache.felix.https.enable";

    private final boolean redirect;
    private final String hsts;
    private final int httpsPort;

    @Activate
    public TransportSecurityFilter(BundleContext context, Config config) {
        boolean served = Boolean.parseBoolean(context.getProperty(HTTPS_ENABLED));
        this.httpsPort = port(context.getProperty(HTTPS_PORT));
        this.redirect = config.https_redirect() && served && httpsPort > 0;
        this.hsts = config.https_hstsSeconds() > 0 ? "max-age=" + config.https_hstsSeconds() : null;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse answer) {
            if (http.isSecure()) {
                if (hsts != null) {
                    answer.setHeader("Strict-Transport-Security", hsts);
                }
            } else if (redirect) {
                answer.setStatus(308); // keeps the method and body, unlike 301
                answer.setHeader("Location", httpsLocation(http.getServerName(), httpsPort, http.getRequestURI(),
                        http.getQueryString()));
                answer.setContentLength(0);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    static String httpsLocation(String host, int port, String path, String query) {
        String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host; // an IPv6 address
        return "https://" + h + (port == 443 ? "" : ":" + port) + path + (query == null ? "" : "?" + query);
    }

    private static int port(String value) {
        try {
            return value == null ? -1 : Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
