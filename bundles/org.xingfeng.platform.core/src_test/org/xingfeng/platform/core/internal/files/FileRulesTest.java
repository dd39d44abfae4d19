package org.xingfeng.platform.core.internal.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

class FileRulesTest {

    static byte[] bytes(int... b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = (byte) b[i];
        }
        return out;
    }

    static byte[] zip(String entry) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry(entry));
            z.write("<x/>".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    @Test
    void typesComeFromTheContent() throws IOException {
        assertEquals(FileRules.PDF, FileRules.detect("%PDF-1.7\n%âãÏÓ".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(FileRules.PNG, FileRules.detect(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0)));
        assertEquals(FileRules.JPEG, FileRules.detect(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10)));
        assertEquals(FileRules.GIF, FileRules.detect("GIF89a....".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(FileRules.WEBP, FileRules.detect("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(FileRules.MS_OFFICE, FileRules.detect(bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)));
        assertEquals(FileRules.DOCX, FileRules.detect(zip("word/document.xml")));
        assertEquals(FileRules.XLSX, FileRules.detect(zip("xl/workbook.xml")));
        assertEquals(FileRules.PPTX, FileRules.detect(zip("ppt/presentation.xml")));
        assertEquals(FileRules.ZIP, FileRules.detect(zip("a.exe")));
        assertEquals(FileRules.TEXT, FileRules.detect("市民来信：路灯不亮\r\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aProgramNamedLikeAPictureIsStillAProgram() {
        byte[] exe = bytes('M', 'Z', 0x90, 0, 3, 0, 0, 0, 4, 0);
        assertEquals(FileRules.UNKNOWN, FileRules.detect(exe));
        assertEquals(FileRules.UNKNOWN, FileRules.detect(bytes(0xC3, 0x28, 'a'))); // not UTF-8
        assertEquals(FileRules.UNKNOWN, FileRules.detect(new byte[0]));
        assertEquals(FileRules.UNKNOWN, FileRules.detect(bytes('P', 'K', 3, 4, 1, 2))); // broken zip
    }

    @Test
    void namesLoseTheirPaths() {
        assertEquals("passwd", FileRules.cleanName("../../etc/passwd"));
        assertEquals("boot.ini", FileRules.cleanName("C:\\windows\\..\\boot.ini"));
        assertEquals("现场照片 1.jpg", FileRules.cleanName("  现场照片 1.jpg "));
        assertEquals("htaccess", FileRules.cleanName(".htaccess"));
        assertEquals("ab.pdf", FileRules.cleanName("a\u0000b\r\n.pdf"));
        assertEquals("evil.txt", FileRules.cleanName("\"evil\".txt"));
        assertEquals("gpj.exe", FileRules.cleanName("\u202Egpj.exe"));
        assertNull(FileRules.cleanName("../.."));
        assertNull(FileRules.cleanName("dir/"));
        assertNull(FileRules.cleanName("   "));
        assertNull(FileRules.cleanName(null));
        assertEquals(FileRules.MAX_NAME, FileRules.cleanName("长".repeat(300)).length());
    }

    @Test
    void theHashIsSha256() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                FileRules.sha256("abc".getBytes(StandardCharsets.US_ASCII)));
    }
}
