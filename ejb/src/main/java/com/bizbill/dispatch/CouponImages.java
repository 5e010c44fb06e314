package com.bizbill.dispatch;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Issue 22 §1: the coupon's barcode (Code 128, made by ZXing, as the shops' scanners read it) and the "save the coupon
 * image" picture of a recipient's coupons (product, barcode, number, validity and state per coupon).
 */
public final class CouponImages {

    /** One coupon on the saved picture. */
    public record Card(String brand, String product, String number, String validUntil, String state) {
    }

    private static final int WIDTH = 640;
    /** The bundled NanumGothic (as the PDFs use): Korean glyphs whatever fonts the machine has. */
    private static final Font REGULAR = font("/fonts/NanumGothic.ttf");
    private static final Font BOLD = font("/fonts/NanumGothicBold.ttf");

    private static Font font(String resource) {
        try (var in = CouponImages.class.getResourceAsStream(resource)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (java.awt.FontFormatException | IOException | NullPointerException e) {
            throw new IllegalStateException("font " + resource + " not readable", e);
        }
    }
    private static final int CARD_HEIGHT = 250;

    private CouponImages() {
    }

    /** The barcode of {@code number} as a PNG, a quiet zone on both sides. */
    public static byte[] barcodePng(String number) {
        return png(barcode(number, 2, 90));
    }

    static BufferedImage barcode(String number, int moduleWidth, int height) {
        if (number == null || number.isBlank()) {
            throw new IllegalArgumentException("no coupon number");
        }
        BitMatrix m;
        try {
            m = new Code128Writer().encode(number, BarcodeFormat.CODE_128, 0, height,
                    Map.of(EncodeHintType.MARGIN, 10));
        } catch (IllegalArgumentException e) { // characters Code 128 cannot carry
            throw new IllegalArgumentException("not encodable as Code 128: " + number, e);
        }
        BufferedImage img = new BufferedImage(m.getWidth() * moduleWidth, height, BufferedImage.TYPE_BYTE_GRAY);
        for (int x = 0; x < img.getWidth(); x++) {
            int rgb = m.get(x / moduleWidth, 0) ? 0x000000 : 0xFFFFFF;
            for (int y = 0; y < height; y++) {
                img.setRGB(x, y, rgb);
            }
        }
        return img;
    }

    /** The recipient's coupons on one picture, to keep in the phone's gallery. */
    public static byte[] sheetPng(String title, List<Card> cards) {
        int height = 70 + Math.max(1, cards.size()) * CARD_HEIGHT;
        BufferedImage img = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, height);
            g.setColor(new Color(0x1F2937));
            g.setFont(BOLD.deriveFont(24f));
            g.drawString(title, 24, 44);
            int y = 70;
            for (Card c : cards) {
                g.setColor(new Color(0xE5E7EB));
                g.drawRoundRect(16, y, WIDTH - 32, CARD_HEIGHT - 16, 16, 16);
                g.setColor(new Color(0x6B7280));
                g.setFont(REGULAR.deriveFont(16f));
                g.drawString(c.brand(), 36, y + 32);
                g.setColor(new Color(0x111827));
                g.setFont(BOLD.deriveFont(20f));
                g.drawString(c.product(), 36, y + 60);
                BufferedImage code = barcode(c.number(), 2, 80);
                int codeWidth = Math.min(code.getWidth(), WIDTH - 72);
                g.drawImage(code, (WIDTH - codeWidth) / 2, y + 76, codeWidth, 80, null);
                g.setFont(BOLD.deriveFont(20f));
                g.drawString(spaced(c.number()), 36, y + 186);
                g.setFont(REGULAR.deriveFont(16f));
                g.setColor(new Color(0x374151));
                g.drawString(c.validUntil() + " · " + c.state(), 36, y + 214);
                y += CARD_HEIGHT;
            }
        } finally {
            g.dispose();
        }
        return png(img);
    }

    /** The number in groups of four, as printed on coupons. */
    public static String spaced(String number) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < number.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                b.append(' ');
            }
            b.append(number.charAt(i));
        }
        return b.toString();
    }

    private static byte[] png(BufferedImage img) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
