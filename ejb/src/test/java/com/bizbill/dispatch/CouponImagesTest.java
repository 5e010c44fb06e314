package com.bizbill.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.oned.Code128Reader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Issue 22 §1: the barcode a shop's scanner reads is the coupon number, on the page and on the saved picture. */
class CouponImagesTest {

    private static String read(BufferedImage img, int y0, int height) throws Exception {
        BufferedImage part = img.getSubimage(0, y0, img.getWidth(), height);
        int[] pixels = part.getRGB(0, 0, part.getWidth(), part.getHeight(), null, 0, part.getWidth());
        return new Code128Reader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(part.getWidth(), part.getHeight(), pixels)))).getText();
    }

    @Test
    void issue22_1_theBarcodeReadsBackAsTheCouponNumber() throws Exception {
        byte[] png = CouponImages.barcodePng("912345678901");
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(read(img, 0, img.getHeight())).isEqualTo("912345678901");
    }

    @Test
    void issue22_1_theSavedPictureCarriesEveryCouponsBarcode() throws Exception {
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(CouponImages.sheetPng("연말 감사 선물", List.of(
                new CouponImages.Card("모닝빈 커피", "아메리카노 (Tall)", "111122223333", "2027-01-06", "사용 가능"),
                new CouponImages.Card("버거섬", "섬 버거 세트", "444455556666", "2027-01-06", "사용 가능")))));
        assertThat(img.getWidth()).isEqualTo(640);
        // the barcodes sit 76 px into each card (cards of 250 px after a 70 px title)
        assertThat(read(img, 70 + 76, 80)).isEqualTo("111122223333");
        assertThat(read(img, 70 + 250 + 76, 80)).isEqualTo("444455556666");
    }

    @Test
    void numbersArePrintedInGroupsOfFour() {
        assertThat(CouponImages.spaced("912345678901")).isEqualTo("9123 4567 8901");
        assertThat(CouponImages.spaced("12345")).isEqualTo("1234 5");
    }
}
