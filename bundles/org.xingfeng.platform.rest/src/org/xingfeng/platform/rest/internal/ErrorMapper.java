package org.xingfeng.platform.rest.internal;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.glassfish.jersey.server.ParamException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.XingfengException;

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

    private static final Logger LOG = Logger.getLogger(ErrorMapper.class.getName());
    private static final ObjectMapper JSON = JsonExtension.mapper();

    @Override
    public Response toResponse(Throwable e) {
        Throwable cause = unwrap(e);
        if (cause instanceof XingfengException x) {
            return respond(x.status(), x.code(), x.getMessage(), x.details());
        }
        if (cause instanceof JsonProcessingException j) {
            return respond(400, "malformed_json", "请求体不是有效的JSON或字段不正确 (malformed JSON): " + describe(j),
                    field(j));
        }
        if (cause instanceof BodyTooLargeException b) {
            return respond(413, "body_too_large", b.getMessage(), List.of());
        }
        if (cause instanceof ParamException p) {
            return badParameter(p);
        }
        if (cause instanceof WebApplicationException w) {
            int status = w.getResponse().getStatus();
            if (w instanceof NotFoundException) {
                return respond(404, "not_found", "资源不存在 (no such resource)", List.of());
            }
            if (w instanceof NotAllowedException) {
                return respond(405, "method_not_allowed", "不支持该请求方法 (method not allowed)", List.of());
            }
            if (w instanceof NotSupportedException) {
                return respond(415, "unsupported_media_type", "不支持的内容类型 (unsupported content type)", List.of());
            }
            if (w instanceof NotAcceptableException) {
                return respond(406, "not_acceptable", "无法提供所要求的格式 (cannot produce the requested format)", List.of());
            }
            if (w instanceof NotAuthorizedException) {
                return respond(401, "unauthenticated", "需要登录 (login required)", List.of());
            }
            if (status >= 400 && status < 500) {
                return respond(status, "bad_request", "请求无效 (bad request): " + w.getMessage(), List.of());
            }
            LOG.log(Level.WARNING, "request failed", w);
            return respond(status, "server_error", "服务器错误 (server error)", List.of());
        }
        if (cause instanceof IllegalArgumentException i) {
            return respond(400, "bad_request", "请求无效 (bad request): " + i.getMessage(), List.of());
        }
        LOG.log(Level.SEVERE, "unexpected failure", e);
        return respond(500, "internal_error", "服务器内部错误 (internal error)", List.of());
    }

    /**
     * A parameter Jersey could not convert to its declared type. Query, header, cookie, form and matrix
     * parameters answer 400 naming the parameter; a path parameter keeps 404 (the path names no resource, as the
     * Jakarta REST specification has it) but names the parameter too.
     */
    private static Response badParameter(ParamException p) {
        String kind = p instanceof ParamException.QueryParamException ? "查询参数 (query parameter)"
                : p instanceof ParamException.HeaderParamException ? "请求头 (header)"
                : p instanceof ParamException.FormParamException ? "表单字段 (form field)"
                : p instanceof ParamException.CookieParamException ? "Cookie"
                : p instanceof ParamException.PathParamException ? "路径参数 (path parameter)"
                : "参数 (parameter)";
        String name = p.getParameterName();
        String message = kind + " " + name + " 的值无效 (invalid value for '" + name + "')";
        if (p instanceof ParamException.PathParamException) {
            return respond(404, "not_found", "资源不存在 (no such resource): " + message, List.of(FieldError.of(name, message)));
        }
        return respond(400, "invalid_parameter", message, List.of(FieldError.of(name, message)));
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while (!(t instanceof XingfengException) && !(t instanceof JsonProcessingException)
                && !(t instanceof BodyTooLargeException) && t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return (t instanceof XingfengException || t instanceof JsonProcessingException || t instanceof BodyTooLargeException)
                ? t : e;
    }

    private static String describe(JsonProcessingException j) {
        if (j instanceof UnrecognizedPropertyException u) {
            return "unknown field '" + u.getPropertyName() + "'";
        }
        if (j instanceof InvalidFormatException f) {
            return "field '" + path(f) + "' has a value of the wrong type or format";
        }
        if (j instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
            return "field '" + path(m) + "' is missing or of the wrong type";
        }
        String msg = j.getOriginalMessage();
        return msg == null ? "syntax error" : msg.split("\n")[0];
    }

    private static List<FieldError> field(JsonProcessingException j) {
        if (j instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
            return List.of(FieldError.of(path(m), describe(j)));
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

    static Response respond(int status, String code, String message, List<FieldError> details) {
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
            return "{\"error\":\"internal_error\",\"message\":\"服务器内部错误 (internal error)\",\"details\":[]}";
        }
    }
}
