package org.xingfeng.publicity.rest.internal;

import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtensionSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import org.xingfeng.platform.api.NotFoundException;
import org.xingfeng.platform.api.rest.MaxBodySize;
import org.xingfeng.platform.api.rest.RateLimited;
import org.xingfeng.platform.api.rest.RestConstants;
import org.xingfeng.publicity.api.surveys.Answer;
import org.xingfeng.publicity.api.surveys.SurveyForm;
import org.xingfeng.publicity.api.surveys.SurveyService;

/**
 * What respondents use without a login: {@code /api/v1/publicity/public/surveys/{code}}. The code is the only key
 * (random, ten characters, one response each); bodies are limited to 64 KiB and calls rate-limited per client address.
 */
@Component(service = PublicSurveysResource.class)
@JakartarsResource
@JakartarsExtensionSelect(RestConstants.SELECT_JSON)
@Path(Rest.BASE + "/public/surveys")
@Produces(MediaType.APPLICATION_JSON)
public class PublicSurveysResource {

    /** {@code {"answers":{"q1":{"choices":[0]},"q2":{"yes":true},"q3":{"rating":5},"q4":{"text":"..."}}}} */
    public record ResponseBody(Map<String, Answer> answers) {
    }

    private final SurveyService surveys;

    @Activate
    public PublicSurveysResource(@Reference SurveyService surveys) {
        this.surveys = surveys;
    }

    /** The questionnaire for the code ({@code answered} true once used). */
    @GET
    @Path("{code}")
    @PermitAll
    @RateLimited(value = "publicity.survey", perMinute = 300)
    public SurveyForm form(@PathParam("code") String code) {
        return surveys.form(code).orElseThrow(() -> new NotFoundException(Rest.MESSAGES.text("entity.surveyCode"),
                code.length() > 16 ? code.substring(0, 16) : code));
    }

    /** One response for the code: 201; 409 {@code already_answered} for a used code. */
    @POST
    @Path("{code}/responses")
    @PermitAll
    @RateLimited(value = "publicity.survey", perMinute = 300)
    @MaxBodySize(bytes = 65536)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response respond(@PathParam("code") String code, ResponseBody body) {
        surveys.respond(code, body == null ? null : body.answers());
        return Response.status(201).build();
    }
}
