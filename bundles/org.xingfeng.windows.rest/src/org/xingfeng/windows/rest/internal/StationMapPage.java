package org.xingfeng.windows.rest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Version;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtensionSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import org.xingfeng.platform.api.pages.PageTexts;
import org.xingfeng.platform.api.pages.Pages;
import org.xingfeng.platform.api.rest.RateLimited;
import org.xingfeng.platform.api.rest.RestConstants;
import org.xingfeng.windows.api.stations.MapSettings;
import org.xingfeng.windows.api.stations.StationService;

/**
 * 便民服务站地图 {@code /stations-map}: the stations, their reach circles and the villages outside, on Leaflet served
 * from its webjar bundle (no CDN); tiles from the configured tile server, a plain background without one. The page
 * itself is public; its data come from the staff's REST operations after a sign-in on the page. Texts from
 * {@code OSGI-INF/l10n/map*.properties}, Chinese first.
 */
@Component(service = StationMapPage.class)
@JakartarsResource
@JakartarsExtensionSelect(RestConstants.SELECT_JSON)
@Path("stations-map")
public class StationMapPage {

    static final String WEBJAR = "org.webjars.npm.leaflet";
    private static final Set<String> ASSETS = Set.of("map.js", "map.css");
    private static final Map<String, String> LEAFLET_TYPES = Map.of("leaflet.js", "text/javascript;charset=utf-8",
            "leaflet.css", "text/css;charset=utf-8", "images/marker-icon.png", "image/png",
            "images/marker-icon-2x.png", "image/png", "images/marker-shadow.png", "image/png", "images/layers.png",
            "image/png", "images/layers-2x.png", "image/png");
    private static final PageTexts TEXTS = PageTexts.of(StationMapPage.class, "map");
    private static final String HTML = MediaType.TEXT_HTML + ";charset=utf-8";

    private final BundleContext context;
    private final StationService stations;
    private final String template;

    @Activate
    public StationMapPage(BundleContext context, @Reference StationService stations) {
        this.context = context;
        this.stations = stations;
        this.template = read("map.html");
    }

    @GET
    @PermitAll
    @RateLimited(value = "windows.pages", perMinute = 300)
    public Response page(@QueryParam("lang") String lang, @Context HttpHeaders headers) {
        Locale locale = Pages.locale(lang, headers.getAcceptableLanguages());
        MapSettings s = stations.mapSettings();
        return Response.ok(TEXTS.fill(template, locale).script("tileUrl", s.tileUrl())
                .script("tileAttribution", s.tileAttribution()).html()).type(HTML).build();
    }

    @GET
    @Path("assets/{name}")
    @PermitAll
    @RateLimited(value = "windows.pages", perMinute = 600)
    public Response asset(@PathParam("name") String name) {
        if (!ASSETS.contains(name)) {
            return notFound();
        }
        String type = name.endsWith(".css") ? "text/css;charset=utf-8" : "text/javascript;charset=utf-8";
        return Response.ok(read(name)).type(type).cacheControl(cache(300)).build();
    }

    /** Leaflet's own files from its webjar: the script, the style sheet and its images. */
    @GET
    @Path("leaflet/{file: .+}")
    @PermitAll
    @RateLimited(value = "windows.pages", perMinute = 600)
    public Response leaflet(@PathParam("file") String file) throws IOException {
        String type = LEAFLET_TYPES.get(file);
        URL entry = type == null ? null : entry(file);
        if (entry == null) {
            return notFound();
        }
        try (InputStream in = entry.openStream()) {
            return Response.ok(in.readAllBytes()).type(type).cacheControl(cache(86400)).build();
        }
    }

    private URL entry(String file) {
        for (Bundle b : context.getBundles()) {
            if (WEBJAR.equals(b.getSymbolicName())) {
                Version v = b.getVersion();
                URL url = b.getEntry("META-INF/resources/webjars/leaflet/" + v.getMajor() + "." + v.getMinor() + "."
                        + v.getMicro() + "/dist/" + file);
                if (url != null) {
                    return url;
                }
            }
        }
        return null;
    }

    private static Response notFound() {
        return Response.status(404).type(MediaType.TEXT_PLAIN).entity("not found").build();
    }

    private static CacheControl cache(int seconds) {
        CacheControl c = new CacheControl();
        c.setMaxAge(seconds);
        return c;
    }

    private static String read(String name) {
        return Pages.read(StationMapPage.class, "web/" + name);
    }
}
