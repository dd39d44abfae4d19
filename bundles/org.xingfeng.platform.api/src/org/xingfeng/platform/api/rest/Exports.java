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
 * Every list answers JSON or, for {@code ?format=xlsx} or an XLSX {@code Accept} header, a spreadsheet of all
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

    /**
     * @param fetch   fetches one page of the list
     * @param toTable turns the rows of the export into a sheet
     */
    public static <T> Response list(HttpHeaders headers, String format, PageRequest page,
            Function<PageRequest, Page<T>> fetch, Function<List<T>, Table> toTable) {
        if (wantsXlsx(headers, format)) {
            Table table = toTable.apply(fetch.apply(PageRequest.EXPORT).items());
            return xlsx(() -> table);
        }
        return Response.ok(fetch.apply(page), MediaType.APPLICATION_JSON_TYPE).build();
    }

    public static Response xlsx(Supplier<Table> table) {
        Table t = table.get();
        return Response.ok(t, RestConstants.XLSX)
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + encode(t.fileName() + ".xlsx"))
                .build();
    }

    private static String encode(String name) {
        return java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
