package org.xingfeng.platform.rest.resources;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Version;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtensionSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import org.xingfeng.platform.api.NotFoundException;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.rest.ApiResponse;
import org.xingfeng.platform.api.rest.RestConstants;

/**
 * {@code GET /api-docs}: the browsable API page, Swagger UI (the {@code org.webjars:swagger-ui} bundle, its files
 * served from that bundle as they are) showing {@code /api/v1/openapi.json}. Open to anybody, like the document.
 * The page asks no outside validator ({@code validatorUrl: null}): the server may be on a bureau's intranet.
 */
@Component(service = ApiDocsPage.class)
@JakartarsResource
@JakartarsExtensionSelect(RestConstants.SELECT_JSON)
@Path("api-docs")
public class ApiDocsPage {

    static final Messages MESSAGES = Messages.of(ApiDocsPage.class);

    static final String WEBJAR = "org.webjars.swagger-ui";
    private static final Map<String, String> TYPES = Map.of("js", "text/javascript; charset=UTF-8", "css",
            "text/css; charset=UTF-8", "png", "image/png", "html", "text/html; charset=UTF-8", "map",
            "application/json");

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="UTF-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>行风 Xingfeng REST API</title>
            <link rel="stylesheet" href="/api-docs/swagger-ui.css">
            <link rel="icon" type="image/png" href="/api-docs/favicon-32x32.png">
            </head>
            <body>
            <div id="swagger-ui"></div>
            <script src="/api-docs/swagger-ui-bundle.js"></script>
            <script>
            window.ui = SwaggerUIBundle({ url: "/api/v1/openapi.json", dom_id: "#swagger-ui", deepLinking: true,
              persistAuthorization: true, validatorUrl: null });
            </script>
            </body>
            </html>
            """;

    private final BundleContext context;

    @Activate
    public ApiDocsPage(BundleContext context) {
        this.context = context;
    }

    @GET
    @PermitAll
    @Produces("text/html; charset=UTF-8")
    public String page() {
        return PAGE;
    }

    /** One of Swagger UI's own files (scripts, style sheet, icons). */
    @GET
    @PermitAll
    @Path("{file}")
    @Produces({ "text/javascript", "text/css", "image/png" })
    @ApiResponse(type = byte[].class)
    public Response file(@PathParam("file") String file) throws IOException {
        int dot = file.lastIndexOf('.');
        String type = dot < 0 ? null : TYPES.get(file.substring(dot + 1));
        URL entry = type == null || file.contains("..") ? null : entry(file);
        if (entry == null) {
            throw new NotFoundException(MESSAGES.text("entity.file"), file);
        }
        byte[] bytes;
        try (InputStream in = entry.openStream()) {
            bytes = in.readAllBytes();
        }
        CacheControl cache = new CacheControl();
        cache.setMaxAge(86400);
        return Response.ok(bytes, type).cacheControl(cache).build();
    }

    private URL entry(String file) {
        for (Bundle b : context.getBundles()) {
            if (WEBJAR.equals(b.getSymbolicName())) {
                Version v = b.getVersion();
                URL url = b.getEntry("META-INF/resources/webjars/swagger-ui/" + v.getMajor() + "." + v.getMinor() + "."
                        + v.getMicro() + "/" + file);
                if (url != null) {
                    return url;
                }
            }
        }
        return null;
    }
}
