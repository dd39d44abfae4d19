package org.xingfeng.platform.rest.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.xingfeng.platform.api.spreadsheet.Csv;
import org.xingfeng.platform.api.spreadsheet.Table;
import org.xingfeng.platform.api.rest.RestConstants;

/** Writes a {@link Table} as UTF-8 CSV, so every list exports CSV as it exports XLSX. */
@Component(service = MessageBodyWriter.class)
@JakartarsExtension
@JakartarsName("xingfeng.csv")
@Produces(RestConstants.CSV)
public class TableCsvWriter implements MessageBodyWriter<Table> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return Table.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(Table table, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        out.write(Csv.write(table).getBytes(StandardCharsets.UTF_8));
    }
}
