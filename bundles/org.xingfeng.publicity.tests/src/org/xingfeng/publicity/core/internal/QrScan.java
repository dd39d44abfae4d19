package org.xingfeng.publicity.core.internal;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;

/** Reads every QR code in a screenshot, as a phone's camera would. */
final class QrScan {

    private QrScan() {
    }

    static Set<String> decodeAll(Path png) throws Exception {
        BufferedImage image = ImageIO.read(png.toFile());
        int w = image.getWidth();
        int h = image.getHeight();
        int[] pixels = image.getRGB(0, 0, w, h, null, 0, w);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, pixels)));
        Set<String> out = new TreeSet<>();
        try {
            for (Result r : new QRCodeMultiReader().decodeMultiple(bitmap, Map.of(DecodeHintType.TRY_HARDER, true))) {
                out.add(r.getText());
            }
        } catch (NotFoundException e) {
            // none found: an empty set
        }
        return out;
    }
}
