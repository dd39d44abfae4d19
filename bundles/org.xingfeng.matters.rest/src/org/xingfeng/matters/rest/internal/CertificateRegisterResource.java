package org.xingfeng.matters.rest.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.ws.rs.GET;
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
import org.xingfeng.matters.api.CertificateRegister;
import org.xingfeng.matters.api.CertificateRegisterService;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.rest.Exports;
import org.xingfeng.platform.api.rest.Principals;
import org.xingfeng.platform.api.rest.RestConstants;

/** 减证便民台账: {@code /api/v1/matters/units/{unitId}/certificates}, as JSON or as a sheet; logged in. */
@Component(service = CertificateRegisterResource.class)
@JakartarsResource
@JakartarsExtensionSelect(RestConstants.SELECT_JSON)
@Path(RestConstants.API_BASE + "/matters")
@Produces(MediaType.APPLICATION_JSON)
public class CertificateRegisterResource {

    static final Messages MESSAGES = Messages.of(CertificateRegisterResource.class);

    private final CertificateRegisterService register;

    @Activate
    public CertificateRegisterResource(@Reference CertificateRegisterService register) {
        this.register = register;
    }

    /** The register and the period's report ({@code from}, {@code to}: yyyy-MM-dd, both optional). */
    @GET
    @Path("units/{unitId}/certificates")
    @Produces({ MediaType.APPLICATION_JSON, RestConstants.XLSX, RestConstants.CSV })
    public Response register(@Context SecurityContext security, @Context HttpHeaders headers,
            @QueryParam("format") String format, @PathParam("unitId") long unitId, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        CertificateRegister r = register.register(Principals.actor(security), unitId, date("from", from),
                date("to", to));
        Response file = Exports.file(headers, format, () -> register.registerTable(r));
        return file != null ? file : Response.ok(r, MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, MESSAGES.text("certificates.date_invalid", text));
        }
    }
}
