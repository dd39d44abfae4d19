package org.xingfeng.platform.rest.internal;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsMediaType;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.xingfeng.platform.api.rest.RestConstants;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;

/**
 * JSON for every module's resources: Jackson with ISO-8601 dates. Unknown properties and malformed JSON are
 * rejected (400 through {@link ErrorMapper}), so a typo in a request never silently changes nothing.
 */
@Component(service = { MessageBodyReader.class, MessageBodyWriter.class })
@JakartarsExtension
@JakartarsName(RestConstants.JSON_EXTENSION)
@JakartarsMediaType(MediaType.APPLICATION_JSON)
public class JsonExtension extends JacksonJsonProvider {

    public JsonExtension() {
        super(mapper());
    }

    static ObjectMapper mapper() {
        return new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }
}
