package org.xingfeng.platform.api.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The download header every resource and export writes, against hand-encoded names. */
class DownloadsTest {

    @Test
    void aChineseNameHasAnAsciiStandInAndItsUtf8Form() {
        assertEquals(
                "attachment; filename=\"____ 1.png\"; filename*=UTF-8''%E7%8E%B0%E5%9C%BA%E7%85%A7%E7%89%87%201.png",
                Downloads.disposition("现场照片 1.png"));
    }

    @Test
    void charactersOutsideRfc5987sValueCharsAreEncoded() {
        // '*', quotes, ';' and '\' would end or break the header; '+' and '~' may stay as they are
        assertEquals("a%2Ab%27c%22d%3Be%5Cf+g~h%25.csv", Downloads.encode("a*b'c\"d;e\\f+g~h%.csv"));
        assertEquals("attachment; filename=\"a_b_c.txt\"; filename*=UTF-8''a%22b%3Bc.txt",
                Downloads.disposition("a\"b;c.txt"));
    }

    @Test
    void theEncodedNameDecodesBackToTheName() {
        String name = "2026年 宣传积分(全县)&汇总.xlsx";
        String encoded = Downloads.encode(name);
        assertEquals(name, URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8));
    }
}
