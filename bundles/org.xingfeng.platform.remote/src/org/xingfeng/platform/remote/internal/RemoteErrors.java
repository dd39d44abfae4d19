package org.xingfeng.platform.remote.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.xingfeng.platform.api.ConflictException;
import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.ForbiddenException;
import org.xingfeng.platform.api.NotFoundException;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.XingfengException;
import org.xingfeng.platform.api.i18n.Languages;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.i18n.Text;
import org.xingfeng.platform.api.remote.ServerUnavailableException;
import org.xingfeng.platform.api.security.AuthenticationException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Turns the server's error body ({@code {"error", "message", "details"}}) back into the exception the service threw,
 * so a view catches the same class, reads the same message and puts each field error beside its field.
 */
final class RemoteErrors {

    static final Messages MESSAGES = Messages.of(RemoteErrors.class);

    private RemoteErrors() {
    }

    static XingfengException toException(ObjectMapper json, String server, int status, byte[] body) {
        return toException(json, server, status, body, Languages.CHINESE);
    }

    /** The server's error answer as the exception the service would have thrown; {@code language} is the client's. */
    static XingfengException toException(ObjectMapper json, String server, int status, byte[] body, Locale language) {
        JsonNode error;
        try {
            error = json.readTree(body);
        } catch (IOException e) {
            error = null;
        }
        if (error == null || !error.path("error").isTextual() || !error.path("message").isTextual()) {
            return new ServerUnavailableException(server,
                    MESSAGES.text("remoteErrors.not_answer_xingfeng_server", status), null);
        }
        String code = error.path("error").asText();
        // already in the client's language (the request said so in Accept-Language)
        Text message = MESSAGES.text("remoteErrors.answer", error.path("message").asText());
        List<FieldError> details = new ArrayList<>();
        for (JsonNode d : error.path("details")) {
            details.add(new FieldError(d.path("field").isNull() ? null : d.path("field").asText(null),
                    d.path("row").asInt(0),
                    d.path("message").asText("")));
        }
        if (status == 400 && "validation_failed".equals(code)) {
            return new ValidationException(message, details);
        }
        if (status == 404 && "not_found".equals(code)) {
            return new RemoteNotFoundException(message);
        }
        if (status == 403 && "forbidden".equals(code)) {
            return new ForbiddenException(message);
        }
        if (status == 401) {
            return new AuthenticationException(code, message);
        }
        if (status == 409 && details.isEmpty()) {
            return new ConflictException(code, message);
        }
        return new XingfengException(status, code, message, details);
    }

    /** A {@link NotFoundException} with the server's message (the class builds its own from an entity and an id). */
    static final class RemoteNotFoundException extends NotFoundException {

        private static final long serialVersionUID = 1L;
        private final String message;

        RemoteNotFoundException(Text message) {
            super(message, "");
            this.message = message.toString();
        }

        @Override
        public String getMessage() {
            return message;
        }

        @Override
        public String message(Locale locale) {
            return message;
        }
    }
}
