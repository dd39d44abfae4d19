package org.xingfeng.platform.api.rest;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.xingfeng.platform.api.Page;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.spreadsheet.Table;

/**
 * Every list answers JSON or, for {@code ?format=xlsx|csv} or such an {@code Accept} header, a spreadsheet of all
 * matching rows. Resources call {@link #list} and the platform's writers do the rest.
 */
public final class Exports {

    private Exports() {
    }

    public static boolean wantsXlsx(HttpHeaders headers, String format) {
        if ("xlsx".equalsIgnoreCase(format)) {
            return true;
        }
        if (headers == null) {
            return false;
        }
        for (MediaType m : headers.getAcceptableMediaTypes()) {
            if (RestConstants.XLSX.equals(m.getType() + "/" + m.getSubtype())) {
                return true;
            }
        }
        return false;
    }

    /** {@code ?format=csv} or a CSV {@code Accept} header. */
    public static boolean wantsCsv(HttpHeaders headers, String format) {
        if ("csv".equalsIgnoreCase(format)) {
            return true;
        }
        if (headers == null || format != null) {
            return false;
        }
        for (MediaType m : headers.getAcceptableMediaTypes()) {
            if ("text".equals(m.getType()) && "csv".equals(m.getSubtype())) {
                return true;
            }
        }
        return false;
    }

    /** A spreadsheet export when one is asked for ({@code format=xlsx|csv} or Accept), otherwise null. */
    public static Response file(HttpHeaders headers, String format, Supplier<Table> table) {
        if (wantsXlsx(headers, format)) {
            return xlsx(table);
        }
        if (wantsCsv(headers, format)) {
            return csv(table);
        }
        return null;
    }

    /**
     * @param fetch   fetches one page of the list
     * @param toTable turns the rows of the export into a sheet
     */
    public static <T> Response list(HttpHeaders headers, String format, PageRequest page,
            Function<PageRequest, Page<T>> fetch, Function<List<T>, Table> toTable) {
        Response file = file(headers, format, () -> toTable.apply(fetch.apply(PageRequest.EXPORT).items()));
        return file != null ? file : Response.ok(fetch.apply(page), MediaType.APPLICATION_JSON_TYPE).build();
    }

    public static Response xlsx(Supplier<Table> table) {
        Table t = table.get();
        return Response.ok(t, RestConstants.XLSX)
                .header("Content-Disposition", Downloads.disposition(t.fileName() + ".xlsx"))
                .build();
    }

    public static Response csv(Supplier<Table> table) {
        Table t = table.get();
        return Response.ok(t, RestConstants.CSV + ";charset=utf-8")
                .header("Content-Disposition", Downloads.disposition(t.fileName() + ".csv"))
                .build();
    }
}
