package org.xingfeng.windows.rest.internal;

import java.io.InputStream;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtensionSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.NotFoundException;
import org.xingfeng.platform.api.rest.Exports;
import org.xingfeng.platform.api.rest.MaxBodySize;
import org.xingfeng.platform.api.rest.Principals;
import org.xingfeng.platform.api.rest.QueryParams;
import org.xingfeng.platform.api.rest.RestConstants;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.api.spreadsheet.ImportReport;
import org.xingfeng.windows.api.WindowsRoles;
import org.xingfeng.windows.api.stations.CoverageQuery;
import org.xingfeng.windows.api.stations.MapSettings;
import org.xingfeng.windows.api.stations.NetworkCoverage;
import org.xingfeng.windows.api.stations.Station;
import org.xingfeng.windows.api.stations.StationDraft;
import org.xingfeng.windows.api.stations.StationService;
import org.xingfeng.windows.api.stations.TravelMode;
import org.xingfeng.windows.api.stations.Village;
import org.xingfeng.windows.api.stations.VillageDraft;

/** 便民服务站网络: {@code /api/v1/windows/stations} and {@code /api/v1/windows/villages}. */
@Component(service = StationsResource.class)
@JakartarsResource
@JakartarsExtensionSelect(RestConstants.SELECT_JSON)
@Path(Rest.BASE)
@Produces(MediaType.APPLICATION_JSON)
public class StationsResource {

    private final StationService stations;

    @Activate
    public StationsResource(@Reference StationService stations) {
        this.stations = stations;
    }

    /** {@code ?unitId=&format=xlsx}: the township and village stations. */
    @GET
    @Path("stations")
    @RolesAllowed({ Rest.READER_1, Rest.READER_2, Rest.READER_3, Rest.READER_4, Rest.READER_5 })
    @Produces({ MediaType.APPLICATION_JSON, RestConstants.XLSX, RestConstants.CSV })
    public Response stations(@Context SecurityContext security, @Context HttpHeaders headers,
            @QueryParam("format") String format, @QueryParam("unitId") String unitId) {
        List<Station> list = stations.stations(Principals.actor(security), QueryParams.optionalLong("unitId", unitId));
        Response file = Exports.file(headers, format, () -> stations.stationsTable(list));
        return file != null ? file : Response.ok(list, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("stations/{unitId: \\d+}")
    @RolesAllowed({ Rest.READER_1, Rest.READER_2, Rest.READER_3, Rest.READER_4, Rest.READER_5 })
    public Station station(@Context SecurityContext security, @PathParam("unitId") long unitId) {
        return stations.station(Principals.actor(security), unitId)
                .orElseThrow(() -> new NotFoundException(Rest.MESSAGES.text("entity.station"), unitId));
    }

    /** {@code {"latitude","longitude","address","openingHours","matterCodes":[...]}}. */
    @PUT
    @Path("stations/{unitId: \\d+}")
    @RolesAllowed({ WindowsRoles.ADMIN, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    public Station update(@Context SecurityContext security, @PathParam("unitId") long unitId, StationDraft draft) {
        return stations.update(Principals.actor(security), unitId, draft);
    }

    /** {@code ?unitId=&matterCode=&mode=WALKING|DRIVING&format=xlsx}: the 15-minute circle. */
    @GET
    @Path("stations/coverage")
    @RolesAllowed({ Rest.READER_1, Rest.READER_2, Rest.READER_3, Rest.READER_4, Rest.READER_5 })
    @Produces({ MediaType.APPLICATION_JSON, RestConstants.XLSX, RestConstants.CSV })
    public Response coverage(@Context SecurityContext security, @Context HttpHeaders headers,
            @QueryParam("format") String format, @QueryParam("unitId") String unitId,
            @QueryParam("matterCode") String matterCode, @QueryParam("mode") String mode) {
        NetworkCoverage c = stations.coverage(Principals.actor(security),
                new CoverageQuery(QueryParams.optionalLong("unitId", unitId), matterCode,
                        QueryParams.option(TravelMode.class, "mode", mode)));
        Response file = Exports.file(headers, format, () -> stations.coverageTable(c));
        return file != null ? file : Response.ok(c, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** The reach settings and the tile server the map uses. */
    @GET
    @Path("stations/map-settings")
    @RolesAllowed({ Rest.READER_1, Rest.READER_2, Rest.READER_3, Rest.READER_4, Rest.READER_5 })
    public MapSettings mapSettings() {
        return stations.mapSettings();
    }

    /** {@code ?unitId=&format=xlsx}. */
    @GET
    @Path("villages")
    @RolesAllowed({ Rest.READER_1, Rest.READER_2, Rest.READER_3, Rest.READER_4, Rest.READER_5 })
    @Produces({ MediaType.APPLICATION_JSON, RestConstants.XLSX, RestConstants.CSV })
    public Response villages(@Context SecurityContext security, @Context HttpHeaders headers,
            @QueryParam("format") String format, @QueryParam("unitId") String unitId) {
        Actor actor = Principals.actor(security);
        List<Village> list = stations.villages(actor, QueryParams.optionalLong("unitId", unitId));
        Response file = Exports.file(headers, format, () -> stations.villagesTable(list));
        return file != null ? file : Response.ok(list, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("villages/{id: \\d+}")
    @RolesAllowed({ Rest.READER_1, Rest.READER_2, Rest.READER_3, Rest.READER_4, Rest.READER_5 })
    public Village village(@Context SecurityContext security, @PathParam("id") long id) {
        return stations.village(Principals.actor(security), id)
                .orElseThrow(() -> new NotFoundException(Rest.MESSAGES.text("entity.village"), id));
    }

    /** {@code {"unitId","code","name","latitude","longitude","population"}}. */
    @POST
    @Path("villages")
    @RolesAllowed({ WindowsRoles.ADMIN, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Context SecurityContext security, VillageDraft draft) {
        return Response.status(201).entity(stations.createVillage(Principals.actor(security), draft)).build();
    }

    @PUT
    @Path("villages/{id: \\d+}")
    @RolesAllowed({ WindowsRoles.ADMIN, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    public Village update(@Context SecurityContext security, @PathParam("id") long id, VillageDraft draft) {
        return stations.updateVillage(Principals.actor(security), id, draft);
    }

    @DELETE
    @Path("villages/{id: \\d+}")
    @RolesAllowed({ WindowsRoles.ADMIN, Roles.ADMIN })
    public Response delete(@Context SecurityContext security, @PathParam("id") long id) {
        stations.deleteVillage(Principals.actor(security), id);
        return Response.noContent().build();
    }

    /** The XLSX file as the body; {@code dryRun=true} checks it and stores nothing. 422 naming the bad rows. */
    @POST
    @Path("villages/import")
    @RolesAllowed({ WindowsRoles.ADMIN, Roles.ADMIN })
    @Consumes({ RestConstants.XLSX, MediaType.APPLICATION_OCTET_STREAM })
    @MaxBodySize(bytes = 10L * 1024 * 1024)
    public Response importVillages(@Context SecurityContext security,
            @QueryParam("dryRun") String dryRun, InputStream body) {
        ImportReport report = stations.importVillages(Principals.actor(security), body,
                Boolean.TRUE.equals(QueryParams.optionalBoolean("dryRun", dryRun)));
        return Response.status(report.ok() ? 200 : 422).entity(report).build();
    }
}
