package org.xingfeng.platform.api.rest;

import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.core.Response;

import org.xingfeng.platform.api.files.FileContent;

/**
 * A file answered as a download under its name, the same way everywhere (stored files and exports): RFC 6266's
 * {@code Content-Disposition} with an ASCII name for old clients and the UTF-8 one in RFC 5987's {@code filename*},
 * which every current browser prefers.
 */
public final class Downloads {

    private Downloads() {
    }

    /** {@code attachment; filename="<ASCII, others as _>"; filename*=UTF-8''<percent-encoded>}. */
    public static String disposition(String name) {
        StringBuilder ascii = new StringBuilder();
        name.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != ';'
                ? (char) c
                : '_'));
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encode(name);
    }

    /**
     * RFC 5987's value-chars: letters, digits and {@code !#$&+-.^_`|~} as they are, every other byte of the UTF-8 form
     * as {@code %XX} (a space as {@code %20}, never {@code +}).
     */
    public static String encode(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }

    /**
     * A stored file's bytes under its name and type, never sniffed by the browser (a file uploaded as an image stays
     * one) and never kept in a shared cache.
     */
    public static Response file(FileContent content) {
        return Response.ok(content.bytes(), content.file().mediaType())
                .header("Content-Disposition", disposition(content.file().name()))
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "private, no-store").build();
    }
}
