package org.xingfeng.platform.rest.internal;

import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.xingfeng.platform.api.rest.RestConstants;
import org.xingfeng.platform.api.spreadsheet.SpreadsheetService;
import org.xingfeng.platform.api.spreadsheet.Table;

/** Writes a {@link Table} as an XLSX file, so every module's list exports the same way. */
@Component(service = MessageBodyWriter.class)
@JakartarsExtension
@JakartarsName("xingfeng.xlsx")
@Produces(RestConstants.XLSX)
public class TableWriter implements MessageBodyWriter<Table> {

    private final SpreadsheetService spreadsheets;

    @Activate
    public TableWriter(@Reference SpreadsheetService spreadsheets) {
        this.spreadsheets = spreadsheets;
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return Table.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(Table table, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream out) {
        spreadsheets.write(out, List.of(table));
    }
}
