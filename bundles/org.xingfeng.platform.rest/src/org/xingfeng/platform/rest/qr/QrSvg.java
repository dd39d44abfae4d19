package org.xingfeng.platform.rest.qr;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * A QR code as an SVG of one path (the dark modules) on white, with a quiet zone of two modules, error correction M,
 * UTF-8: small, sharp at any size and in print.
 */
public final class QrSvg {

    private QrSvg() {
    }

    /** The text's QR code; {@link IllegalArgumentException} for a text no QR code holds. */
    public static String of(String text) {
        BitMatrix m;
        try {
            m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.MARGIN, 2,
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException(e);
        }
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                if (m.get(x, y)) {
                    path.append('M').append(x).append(',').append(y).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + m.getWidth() + " " + m.getHeight()
                + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\""
                + path + "\" fill=\"#000\"/></svg>";
    }

    /**
     * The text's QR code when it is at most {@code maxLength} characters long (a printed slip's code stays readable),
     * else {@link IllegalArgumentException}.
     */
    public static String of(String text, int maxLength) {
        if (text.length() > maxLength) {
            throw new IllegalArgumentException("too long for a QR code of at most " + maxLength + " characters");
        }
        return of(text);
    }
}
