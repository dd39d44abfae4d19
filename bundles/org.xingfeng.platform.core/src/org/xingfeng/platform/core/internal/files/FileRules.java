package org.xingfeng.platform.core.internal.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Pure rules of the attachments: a file's type from its first bytes, a safe name, its hash. */
public final class FileRules {

    public static final String PDF = "application/pdf";
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    public static final String GIF = "image/gif";
    public static final String WEBP = "image/webp";
    public static final String TEXT = "text/plain";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    /** Word, Excel and PowerPoint before 2007 (OLE2 compound file). */
    public static final String MS_OFFICE = "application/vnd.ms-office";
    public static final String ZIP = "application/zip";
    public static final String MP4 = "video/mp4";
    public static final String MP3 = "audio/mpeg";
    /** Anything not recognised. */
    public static final String UNKNOWN = "application/octet-stream";

    static final int MAX_NAME = 200;

    private FileRules() {
    }

    /** The media type the content shows, whatever the file is called. */
    public static String detect(byte[] b) {
        if (starts(b, 0, 0x25, 0x50, 0x44, 0x46, 0x2D)) { // %PDF-
            return PDF;
        }
        if (starts(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        if (starts(b, 0, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (starts(b, 0, 'G', 'I', 'F', '8')) {
            return GIF;
        }
        if (starts(b, 0, 'R', 'I', 'F', 'F') && starts(b, 8, 'W', 'E', 'B', 'P')) {
            return WEBP;
        }
        if (starts(b, 0, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return MS_OFFICE;
        }
        if (starts(b, 0, 'P', 'K', 0x03, 0x04)) {
            return zipKind(b);
        }
        if (starts(b, 4, 'f', 't', 'y', 'p')) {
            return MP4;
        }
        if (starts(b, 0, 'I', 'D', '3') || starts(b, 0, 0xFF, 0xFB)) {
            return MP3;
        }
        return text(b) ? TEXT : UNKNOWN;
    }

    /** An Office Open XML document is a zip with its part folder; any other zip is a zip. */
    static String zipKind(byte[] b) {
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(b))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null && entries++ < 2000) {
                String n = e.getName();
                if (n.startsWith("word/")) {
                    return DOCX;
                }
                if (n.startsWith("xl/")) {
                    return XLSX;
                }
                if (n.startsWith("ppt/")) {
                    return PPTX;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return UNKNOWN;
        }
        return entries == 0 ? UNKNOWN : ZIP;
    }

    /** Text: valid UTF-8 without control characters other than tab, line feed, carriage return and form feed. */
    static boolean text(byte[] b) {
        if (b.length == 0) {
            return false;
        }
        for (byte x : b) {
            int c = x & 0xFF;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean starts(byte[] b, int at, int... magic) {
        if (b.length < at + magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[at + i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The name to keep: the last part of a path (either slash), without control characters, quotes or leading dots,
     * at most {@value #MAX_NAME} characters; {@code null} when nothing is left.
     */
    public static String cleanName(String name) {
        if (name == null) {
            return null;
        }
        String n = name.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1);
        StringBuilder out = new StringBuilder();
        n.codePoints().filter(c -> !Character.isISOControl(c) && c != '"' && c != ':' && c != '*' && c != '?'
                && c != '<' && c != '>' && c != '|' && Character.getType(c) != Character.FORMAT)
                .forEach(out::appendCodePoint);
        String s = out.toString().strip();
        while (s.startsWith(".")) {
            s = s.substring(1).strip();
        }
        if (s.isEmpty()) {
            return null;
        }
        if (s.codePointCount(0, s.length()) > MAX_NAME) {
            s = s.substring(0, s.offsetByCodePoints(0, MAX_NAME));
        }
        return s;
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
