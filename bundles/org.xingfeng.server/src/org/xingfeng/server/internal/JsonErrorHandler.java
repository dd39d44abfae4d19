package org.xingfeng.server.internal;

import java.nio.ByteBuffer;
import java.util.Locale;

import org.apache.felix.http.jetty.ConnectorFactory;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.LocalConnector;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.osgi.service.component.annotations.Component;
import org.xingfeng.platform.api.i18n.Languages;

/**
 * Jetty's own refusals answer the JSON error body in the caller's language too: a request Jetty will not parse or
 * route (an ambiguous or illegal path such as {@code %2F}, {@code %00} or a literal brace, a bad encoding, headers or
 * a URI too large) is answered by the Jetty server's error handler before any filter runs. The HTTP service has no
 * setting for that handler, but it hands its Jetty server to every connector factory (also after a restart of the
 * server on new settings): this one installs the handler and adds an in-memory connector, which opens no port.
 */
@Component(service = ConnectorFactory.class)
public class JsonErrorHandler implements ConnectorFactory {

    @Override
    public Connector createConnector(Server server) {
        server.setErrorHandler(new Handler());
        return new LocalConnector(server);
    }

    static final class Handler implements Request.Handler {

        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            int status = response.getStatus();
            if (status < 400 && request.getAttribute(ErrorHandler.ERROR_STATUS) instanceof Integer s) {
                status = s;
            }
            if (status < 400) {
                status = 500;
                response.setStatus(status);
            }
            Locale language;
            try {
                language = Languages.ofHeader(request.getHeaders().get(HttpHeader.ACCEPT_LANGUAGE));
            } catch (RuntimeException unparsed) { // the headers of a refused request may be incomplete
                language = Languages.CHINESE;
            }
            byte[] body = JsonErrorFilter.body(status, language);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
            response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
            response.write(true, ByteBuffer.wrap(body), callback);
            return true;
        }
    }
}
