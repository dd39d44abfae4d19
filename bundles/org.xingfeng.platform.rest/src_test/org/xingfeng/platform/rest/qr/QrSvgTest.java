package org.xingfeng.platform.rest.qr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/** The SVG drawn is a QR code a reader reads back to the same text. */
class QrSvgTest {

    private static final Pattern VIEW = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
    private static final Pattern MODULE = Pattern.compile("M(\\d+),(\\d+)h1v1h-1z");
    private static final int SCALE = 4;

    @Test
    void anAddressRoundTrips() throws Exception {
        String address = "https://hall.example.cn/evaluate?t=eyJ1IjoxLCJyIjoiMjAyNi0wMDAxIn0.c2lnbmF0dXJlLXNpZ25hdHVyZQ";
        assertEquals(address, read(QrSvg.of(address)));
    }

    @Test
    void chineseTextRoundTrips() throws Exception {
        assertEquals("行风评议 第3号", read(QrSvg.of("行风评议 第3号", 300)));
    }

    @Test
    void aTextLongerThanAllowedIsRefused() {
        String longer = "x".repeat(301);
        assertThrows(IllegalArgumentException.class, () -> QrSvg.of(longer, 300));
        assertThrows(IllegalArgumentException.class, () -> QrSvg.of("y".repeat(8000)), "more than a QR code holds");
    }

    /** Draws the SVG's modules as pixels and reads them with ZXing's reader. */
    private static String read(String svg) throws Exception {
        Matcher v = VIEW.matcher(svg);
        assertTrue(v.find(), svg);
        int w = Integer.parseInt(v.group(1)) * SCALE;
        int h = Integer.parseInt(v.group(2)) * SCALE;
        int[] pixels = new int[w * h];
        java.util.Arrays.fill(pixels, 0xFFFFFFFF);
        Matcher m = MODULE.matcher(svg);
        int modules = 0;
        while (m.find()) {
            int x = Integer.parseInt(m.group(1)) * SCALE;
            int y = Integer.parseInt(m.group(2)) * SCALE;
            for (int dy = 0; dy < SCALE; dy++) {
                for (int dx = 0; dx < SCALE; dx++) {
                    pixels[(y + dy) * w + x + dx] = 0xFF000000;
                }
            }
            modules++;
        }
        assertTrue(modules > 50, "dark modules drawn: " + modules);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, pixels)));
        return new QRCodeReader().decode(bitmap).getText();
    }
}
