package org.xingfeng.demands.rest.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtensionSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import org.xingfeng.demands.api.demands.Demand;
import org.xingfeng.demands.api.demands.DemandCategory;
import org.xingfeng.demands.api.demands.DemandQuery;
import org.xingfeng.demands.api.demands.DemandService;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.NotFoundException;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.i18n.Languages;
import org.xingfeng.platform.api.rest.Principals;
import org.xingfeng.platform.api.rest.QueryParams;
import org.xingfeng.platform.api.rest.RestConstants;
import org.xingfeng.platform.api.time.BureauTime;

/**
 * The Open311 GeoReport v2 read API ({@code /api/v1/demands/open311/v2}) for a city's 12345 platform: the categories as
 * services, the demands as service requests, with exactly the fields the published specification lists. It is read
 * with a token and within the caller's reach like every other list (a demand's text is a citizen's); the citizen's
 * name, telephone and identity number are not among the fields. Positions, address ids, post codes and media are not
 * kept by the module and are null.
 */
@Component(service = Open311Resource.class)
@JakartarsResource
@JakartarsExtensionSelect(RestConstants.SELECT_JSON)
@Path(Rest.BASE + "/open311/v2")
@Produces(MediaType.APPLICATION_JSON)
public class Open311Resource {

    /** The fields of a service request in GeoReport v2, in the specification's order. */
    static final List<String> REQUEST_FIELDS = List.of("service_request_id", "status", "status_notes", "service_name",
            "service_code", "description", "agency_responsible", "service_notice", "requested_datetime",
            "updated_datetime", "expected_datetime", "address", "address_id", "zipcode", "lat", "long", "media_url");
    /** The fields of a service in GeoReport v2. */
    static final List<String> SERVICE_FIELDS = List.of("service_code", "service_name", "description", "metadata",
            "type", "keywords", "group");
    static final int MAX_REQUESTS = 1000;

    private final DemandService demands;
    private final BureauTime time;

    @Activate
    public Open311Resource(@Reference DemandService demands, @Reference BureauTime time) {
        this.demands = demands;
        this.time = time;
    }

    @GET
    @Path("services.json")
    @RolesAllowed({ Rest.READER_1, Rest.READER_2, Rest.READER_3, Rest.READER_4, Rest.READER_5, Rest.READER_6 })
    public List<Map<String, Object>> services() {
        List<Map<String, Object>> services = new ArrayList<>();
        for (DemandCategory c : DemandCategory.values()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("service_code", c.name());
            s.put("service_name", c.nameZh());
            s.put("description", Rest.MESSAGES.get(Languages.CHINESE, "open311.service", c.nameZh(),
                    demands.deadlineDays(c)));
            s.put("metadata", false);
            s.put("type", "batch");
            s.put("keywords", c.nameZh());
            s.put("group", "民生诉求");
            services.add(s);
        }
        return services;
    }

    /**
     * {@code ?service_request_id=1,2&service_code=&start_date=&end_date=&status=open|closed}: by default the requests
     * of the last 90 days, newest first, at most {@value #MAX_REQUESTS}.
     */
    @GET
    @Path("requests.json")
    @RolesAllowed({ Rest.READER_1, Rest.READER_2, Rest.READER_3, Rest.READER_4, Rest.READER_5, Rest.READER_6 })
    public List<Map<String, Object>> requests(@Context SecurityContext security,
            @QueryParam("service_request_id") String ids, @QueryParam("service_code") String code,
            @QueryParam("start_date") String start, @QueryParam("end_date") String end,
            @QueryParam("status") String status) {
        Actor actor = Principals.actor(security);
        if (status != null && !status.isBlank() && !status.equals("open") && !status.equals("closed")) {
            throw new ValidationException("status", Rest.MESSAGES.text("open311.status"));
        }
        if (ids != null && !ids.isBlank()) {
            List<Map<String, Object>> found = new ArrayList<>();
            for (String id : ids.split(",")) {
                Long n = QueryParams.optionalLong("service_request_id", id.strip());
                if (n != null) {
                    demands.demand(actor, n).ifPresent(d -> found.add(request(d)));
                }
            }
            return found;
        }
        LocalDate to = date("end_date", end);
        LocalDate from = date("start_date", start);
        if (from == null) {
            from = (to == null ? time.today() : to).minusDays(90);
        }
        DemandQuery query = new DemandQuery(null, null, QueryParams.option(DemandCategory.class, "service_code", code),
                null, null, null, from, to, null);
        List<Map<String, Object>> found = new ArrayList<>();
        for (Demand d : demands.demands(actor, query, new PageRequest(0, MAX_REQUESTS)).items()) {
            if (status == null || status.isBlank() || status.equals(status(d))) {
                found.add(request(d));
            }
        }
        return found;
    }

    /** A date or a date-time (the specification's w3 format): its day in the bureau's zone. */
    private LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > 10) {
            try {
                return OffsetDateTime.parse(value.strip()).atZoneSameInstant(time.zone()).toLocalDate();
            } catch (RuntimeException e) {
                throw new ValidationException(field, Rest.MESSAGES.text("open311.date"));
            }
        }
        return QueryParams.date(field, value);
    }

    @GET
    @Path("requests/{id: \\d+}.json")
    @RolesAllowed({ Rest.READER_1, Rest.READER_2, Rest.READER_3, Rest.READER_4, Rest.READER_5, Rest.READER_6 })
    public List<Map<String, Object>> request(@Context SecurityContext security, @PathParam("id") long id) {
        Demand d = demands.demand(Principals.actor(security), id)
                .orElseThrow(() -> new NotFoundException(Rest.MESSAGES.text("entity.demand"), id));
        return List.of(request(d));
    }

    static String status(Demand d) {
        return d.state().open() && d.duplicateOf() == null ? "open" : "closed";
    }

    private Map<String, Object> request(Demand d) {
        ZoneId zone = time.zone();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("service_request_id", String.valueOf(d.id()));
        r.put("status", status(d));
        r.put("status_notes", d.reply() != null ? d.reply() : d.state().nameZh());
        r.put("service_name", d.category().nameZh());
        r.put("service_code", d.category().name());
        r.put("description", d.text());
        r.put("agency_responsible", d.leadSectionName() == null ? d.unitName()
                : String.join(" ", Arrays.asList(d.unitName(), d.leadSectionName())));
        r.put("service_notice", Rest.MESSAGES.get(Languages.CHINESE, "open311.notice",
                demands.deadlineDays(d.category())));
        r.put("requested_datetime", d.registeredAt() == null ? null
                : d.registeredAt().atZone(zone).toOffsetDateTime()
                        .toString());
        r.put("updated_datetime", d.updatedAt() == null ? null
                : d.updatedAt().atZone(zone).toOffsetDateTime()
                        .toString());
        r.put("expected_datetime", d.dueDate() == null ? null
                : d.dueDate().plusDays(1).atStartOfDay(zone).minusSeconds(1).toOffsetDateTime().toString());
        r.put("address", d.address());
        r.put("address_id", null);
        r.put("zipcode", null);
        r.put("lat", null);
        r.put("long", null);
        r.put("media_url", null);
        return r;
    }
}
