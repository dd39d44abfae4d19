package org.xingfeng.evaluations.rest.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtensionSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import org.xingfeng.evaluations.api.EvaluationService;
import org.xingfeng.evaluations.api.entries.StaffEntry;
import org.xingfeng.evaluations.api.entries.StaffEntryService;
import org.xingfeng.platform.api.rest.Principals;
import org.xingfeng.platform.api.rest.RestConstants;
import org.xingfeng.platform.api.security.Roles;

/**
 * 电话、热线、评价卡: {@code POST /api/v1/evaluations/entries}, an evaluation entered by staff against an existing record
 * (its evaluation ticket), audited with the channel.
 */
@Component(service = EntriesResource.class)
@JakartarsResource
@JakartarsExtensionSelect(RestConstants.SELECT_JSON)
@Path(RestConstants.API_BASE + "/evaluations/entries")
@Produces(MediaType.APPLICATION_JSON)
public class EntriesResource {

    private final StaffEntryService entries;

    @Activate
    public EntriesResource(@Reference StaffEntryService entries) {
        this.entries = entries;
    }

    @POST
    @RolesAllowed({ EvaluationService.OFFICER_ROLE, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    public Response enter(@Context SecurityContext security, StaffEntry entry) {
        return Response.status(201).entity(entries.enter(Principals.actor(security), entry)).build();
    }
}
