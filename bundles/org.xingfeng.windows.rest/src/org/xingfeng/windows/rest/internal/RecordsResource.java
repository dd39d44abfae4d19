package org.xingfeng.windows.rest.internal;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.xingfeng.platform.api.Page;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.rest.Exports;
import org.xingfeng.platform.api.rest.Principals;
import org.xingfeng.platform.api.rest.QueryParams;
import org.xingfeng.platform.api.rest.RestConstants;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.windows.api.WindowsRoles;
import org.xingfeng.windows.api.records.HandlingRecord;
import org.xingfeng.windows.api.records.HandlingRecordDraft;
import org.xingfeng.windows.api.records.HandlingRecordQuery;
import org.xingfeng.windows.api.records.HandlingRecordService;
import org.xingfeng.windows.api.records.OnTimeQuery;
import org.xingfeng.windows.api.records.OnTimeRate;
import org.xingfeng.windows.api.records.RecordDimension;
import org.xingfeng.windows.api.records.RecordState;
import org.xingfeng.windows.api.records.StepDraft;

/** 办件: {@code /api/v1/windows/records}: opened, stepped, listed with their flags, exported, on-time rates. */
@Component(service = RecordsResource.class)
@JakartarsResource
@JakartarsExtensionSelect(RestConstants.SELECT_JSON)
@Path(Rest.BASE + "/records")
@Produces(MediaType.APPLICATION_JSON)
public class RecordsResource {

    private final HandlingRecordService records;

    @Activate
    public RecordsResource(@Reference HandlingRecordService records) {
        this.records = records;
    }

    @POST
    @RolesAllowed({ WindowsRoles.STAFF, WindowsRoles.LOBBY, WindowsRoles.ADMIN, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    public Response open(@Context SecurityContext security, HandlingRecordDraft draft) {
        return Response.status(201).entity(records.open(Principals.actor(security), draft)).build();
    }

    /**
     * {@code ?unitId=&hallId=&windowId=&staffId=&state=&matterCode=&from=&to=&open=&dueSoon=&overdue=&page=&size=
     * &format=xlsx}
     */
    @GET
    @RolesAllowed({ Rest.READER_1, Rest.READER_2, Rest.READER_3, Rest.READER_4, Rest.READER_5 })
    @Produces({ MediaType.APPLICATION_JSON, RestConstants.XLSX, RestConstants.CSV })
    public Response list(@Context SecurityContext security, @Context HttpHeaders headers,
            @QueryParam("format") String format, @QueryParam("unitId") String unitId,
            @QueryParam("hallId") String hallId, @QueryParam("windowId") String windowId,
            @QueryParam("staffId") String staffId, @QueryParam("state") String state,
            @QueryParam("matterCode") String matterCode, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("open") String open, @QueryParam("dueSoon") String dueSoon,
            @QueryParam("overdue") String overdue, @QueryParam("page") String page, @QueryParam("size") String size) {
        Actor actor = Principals.actor(security);
        HandlingRecordQuery q = new HandlingRecordQuery(QueryParams.optionalLong("unitId", unitId),
                QueryParams.optionalLong("hallId", hallId), QueryParams.optionalLong("windowId", windowId),
                QueryParams.optionalLong("staffId", staffId), QueryParams.option(RecordState.class, "state", state),
                matterCode, QueryParams.date("from", from), QueryParams.date("to", to),
                QueryParams.optionalBoolean("open", open), QueryParams.optionalBoolean("dueSoon", dueSoon),
                QueryParams.optionalBoolean("overdue", overdue));
        Response file = Exports.file(headers, format,
                () -> records.table(actor, records.records(actor, q, PageRequest.EXPORT).items()));
        if (file != null) {
            return file;
        }
        Page<HandlingRecord> result = records.records(actor, q,
                PageRequest.of(QueryParams.optionalInt("page", page), QueryParams.optionalInt("size", size)));
        return Response.ok(result, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("{id: \\d+}")
    @RolesAllowed({ Rest.READER_1, Rest.READER_2, Rest.READER_3, Rest.READER_4, Rest.READER_5 })
    public HandlingRecord record(@Context SecurityContext security, @PathParam("id") long id) {
        return records.record(Principals.actor(security), id)
                .orElseThrow(() -> new NotFoundException(Rest.MESSAGES.text("entity.record"), id));
    }

    /** The next step: {@code {"kind":"ACCEPT|REVIEW|COMPLETE|DELIVER|REJECT|RETURN|NOTIFY","note","materials":[]}}. */
    @POST
    @Path("{id: \\d+}/steps")
    @RolesAllowed({ WindowsRoles.STAFF, WindowsRoles.LOBBY, WindowsRoles.ADMIN, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    public HandlingRecord step(@Context SecurityContext security, @PathParam("id") long id, StepDraft step) {
        return records.step(Principals.actor(security), id, step);
    }

    /** The materials of the record's matter as its guide lists them, for 一次性告知. */
    @GET
    @Path("{id: \\d+}/guide-materials")
    @RolesAllowed({ Rest.READER_1, Rest.READER_2, Rest.READER_3, Rest.READER_4, Rest.READER_5 })
    public List<String> guideMaterials(@Context SecurityContext security, @PathParam("id") long id) {
        return records.guideMaterials(Principals.actor(security), id);
    }

    /** 按时办结率: {@code ?unitId=&from=&to=&by=MATTER|WINDOW|STAFF|UNIT|MONTH&format=xlsx}. */
    @GET
    @Path("on-time")
    @RolesAllowed({ Rest.READER_1, Rest.READER_2, Rest.READER_3, Rest.READER_4, Rest.READER_5 })
    @Produces({ MediaType.APPLICATION_JSON, RestConstants.XLSX, RestConstants.CSV })
    public Response onTime(@Context SecurityContext security, @Context HttpHeaders headers,
            @QueryParam("format") String format, @QueryParam("unitId") String unitId,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("by") String by) {
        List<OnTimeRate> rates = records.onTime(Principals.actor(security),
                new OnTimeQuery(QueryParams.optionalLong("unitId", unitId), QueryParams.date("from", from),
                        QueryParams.date("to", to), QueryParams.option(RecordDimension.class, "by", by)));
        Response file = Exports.file(headers, format, () -> records.onTimeTable(rates));
        return file != null ? file : Response.ok(rates, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
