package org.xingfeng.platform.rest.internal;

import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.glassfish.jersey.server.ParamException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.slf4j.LoggerFactory;
import org.slf4j.Logger;
import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.XingfengException;
import org.xingfeng.platform.api.i18n.Languages;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.i18n.Text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** Turns every failure into the conventions' JSON error body with a fitting status; internals never leak. */
@Component(service = ExceptionMapper.class)
@JakartarsExtension
@JakartarsName("xingfeng.errors")
public class ErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);
    private static final ObjectMapper JSON = JsonExtension.mapper();
    static final Messages MESSAGES = Messages.of(ErrorMapper.class);

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Reference
    ModuleChanges changes;

    static BodyTooLargeException tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BodyTooLargeException b) {
                return b;
            }
            // the JSON reader may keep only the message of what the body's stream threw
            java.util.regex.Matcher m = BodyTooLargeException.MESSAGE.matcher(String.valueOf(t.getMessage()));
            if (m.find()) {
                return new BodyTooLargeException(Long.parseLong(m.group(1)));
            }
        }
        return null;
    }

    @Override
    public Response toResponse(Throwable e) {
        Locale locale = language(headers);
        Throwable cause = unwrap(e);
        if (cause instanceof XingfengException x) {
            return respond(x.status(), x.code(), x.message(locale), rendered(x.details(), locale));
        }
        BodyTooLargeException tooLarge = tooLarge(e);
        if (tooLarge != null) { // also when the JSON reader met it mid-body (a chunked body has no declared length)
            return respond(413, "body_too_large", MESSAGES.get(locale, "error.body_too_large", tooLarge.limit()),
                    List.of());
        }
        if (cause instanceof JsonProcessingException j) {
            Text message = MESSAGES.text("error.malformed_json", describe(j));
            return respond(400, "malformed_json", message.in(locale), field(j, message, locale));
        }
        if (cause instanceof BodyTooLargeException b) {
            return respond(413, "body_too_large", MESSAGES.get(locale, "error.body_too_large", b.limit()), List.of());
        }
        if (cause instanceof ParamException p) {
            return badParameter(p, locale);
        }
        if (cause instanceof WebApplicationException w) {
            int status = w.getResponse().getStatus();
            if (w instanceof NotFoundException) {
                return respond(404, "not_found", MESSAGES.get(locale, "error.no_resource"), List.of());
            }
            if (w instanceof NotAllowedException) {
                return respond(405, "method_not_allowed", MESSAGES.get(locale, "error.method_not_allowed"), List.of());
            }
            if (w instanceof NotSupportedException) {
                return respond(415, "unsupported_media_type", MESSAGES.get(locale, "error.unsupported_media_type"),
                        List.of());
            }
            if (w instanceof NotAcceptableException) {
                return respond(406, "not_acceptable", MESSAGES.get(locale, "error.not_acceptable"), List.of());
            }
            if (w instanceof NotAuthorizedException) {
                return respond(401, "unauthenticated", MESSAGES.get(locale, "error.unauthenticated"), List.of());
            }
            if (status >= 400 && status < 500) {
                return respond(status, "bad_request", MESSAGES.get(locale, "error.bad_request", w.getMessage()),
                        List.of());
            }
            String going = status >= 500 ? goingModule() : null;
            if (going != null) {
                return moduleUnavailable(locale, going);
            }
            LOG.warn("request failed", w);
            return respond(status, "server_error", MESSAGES.get(locale, "error.server"), List.of());
        }
        if (cause instanceof IllegalArgumentException i) {
            return respond(400, "bad_request", MESSAGES.get(locale, "error.bad_request", i.getMessage()), List.of());
        }
        String going = goingModule();
        if (going != null) { // met its module's services being taken down: not a failure of the server's
            LOG.debug("request on a module being stopped or removed", e);
            return moduleUnavailable(locale, going);
        }
        if (poolExhausted(e)) { // every database connection busy past the pool's wait: the server is overloaded
            LOG.warn("no database connection free in time: " + e.getMessage());
            return Response.fromResponse(respond(503, "busy", MESSAGES.get(locale, "error.busy"), List.of()))
                    .header("Retry-After", "2").build();
        }
        LOG.error("unexpected failure", e);
        return respond(500, "internal_error", MESSAGES.get(locale, "error.internal"), List.of());
    }

    /** Whether a connection pool gave up waiting for a free connection somewhere in the failure's causes. */
    static boolean poolExhausted(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLTransientConnectionException) {
                return true;
            }
        }
        return false;
    }

    /** The module that owns the request's path when it is being stopped or removed, or gone meanwhile; else null. */
    private String goingModule() {
        try {
            String path = uri == null ? null : uri.getRequestUri().getRawPath();
            return changes != null && changes.goingOrGone(path) ? ModuleChanges.moduleOfPath(path) : null;
        } catch (RuntimeException outsideRequest) {
            return null;
        }
    }

    private static Response moduleUnavailable(Locale locale, String module) {
        return Response.fromResponse(respond(503, ModuleChangeFilter.CODE,
                MESSAGES.get(locale, "error.module_unavailable", module), List.of())).header("Retry-After", "1")
                .build();
    }

    /** The caller's language from {@code Accept-Language}: English if asked for first, Chinese otherwise. */
    public static Locale language(HttpHeaders headers) {
        try {
            return headers == null ? Languages.CHINESE : Languages.preferred(headers.getAcceptableLanguages());
        } catch (RuntimeException outsideRequest) {
            return Languages.CHINESE;
        }
    }

    private static List<ErrorBody.FieldError> rendered(List<FieldError> details, Locale locale) {
        return details.stream().map(d -> new ErrorBody.FieldError(d.field(), d.row(), d.message(locale))).toList();
    }

    /**
     * A parameter Jersey could not convert to its declared type. Query, header, cookie, form and matrix
     * parameters answer 400 naming the parameter; a path parameter keeps 404 (the path names no resource, as the
     * Jakarta REST specification has it) but names the parameter too.
     */
    private static Response badParameter(ParamException p, Locale locale) {
        String kind = p instanceof ParamException.QueryParamException ? "param.query"
                : p instanceof ParamException.HeaderParamException ? "param.header"
                        : p instanceof ParamException.FormParamException ? "param.form"
                                : p instanceof ParamException.CookieParamException ? "param.cookie"
                                        : p instanceof ParamException.PathParamException ? "param.path"
                                                : "param.other";
        String name = p.getParameterName();
        String message = MESSAGES.get(locale, "error.invalid_parameter", MESSAGES.text(kind), name);
        List<ErrorBody.FieldError> details = List.of(new ErrorBody.FieldError(name, 0, message));
        if (p instanceof ParamException.PathParamException) {
            return respond(404, "not_found", MESSAGES.get(locale, "error.no_resource_because", message), details);
        }
        return respond(400, "invalid_parameter", message, details);
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while (!(t instanceof XingfengException) && !(t instanceof JsonProcessingException)
                && !(t instanceof BodyTooLargeException) && t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return (t instanceof XingfengException || t instanceof JsonProcessingException
                || t instanceof BodyTooLargeException)
                        ? t
                        : e;
    }

    private static Text describe(JsonProcessingException j) {
        if (j instanceof UnrecognizedPropertyException u) {
            return MESSAGES.text("json.unknown_field", u.getPropertyName());
        }
        if (j instanceof InvalidFormatException f) {
            return MESSAGES.text("json.wrong_format", path(f));
        }
        if (j instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
            return MESSAGES.text("json.missing_or_wrong_type", path(m));
        }
        String msg = j.getOriginalMessage();
        return MESSAGES.text("json.syntax", msg == null ? "" : msg.split("\n")[0]);
    }

    private static List<ErrorBody.FieldError> field(JsonProcessingException j, Text message, Locale locale) {
        if (j instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
            return List.of(new ErrorBody.FieldError(path(m), 0, message.in(locale)));
        }
        return List.of();
    }

    private static String path(MismatchedInputException m) {
        StringBuilder sb = new StringBuilder();
        m.getPath().forEach(ref -> {
            if (ref.getFieldName() != null) {
                sb.append(sb.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        });
        return sb.toString();
    }

    static Response respond(int status, String code, String message, List<ErrorBody.FieldError> details) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(json(new ErrorBody(code, message, details))).build();
    }

    /**
     * The error body as JSON text, written here and not by the JSON extension: while the REST whiteboard replaces
     * its application (a module's resource comes or goes), a request begun on the old one may find that
     * application's extensions already released, and its error must still be answered.
     */
    static String json(ErrorBody body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            return "{\"error\":\"internal_error\",\"message\":\"服务器内部错误\",\"details\":[]}";
        }
    }
}
