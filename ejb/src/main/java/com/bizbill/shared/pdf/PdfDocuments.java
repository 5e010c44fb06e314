package com.bizbill.shared.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Shared PDF plumbing for Korean documents (receipts now, invoices and statements later), on OpenPDF.
 * The NanumGothic fonts (SIL OFL 1.1, see {@code fonts/NanumGothic-OFL.txt}) are read from the
 * application's own classpath, never from the host's font directories, so Korean renders on any machine.
 * Each font file is parsed once; the {@link BaseFont}s are shared (every document embeds its own subset).
 * {@link Font} objects are mutable, so a fresh one is handed out on every call.
 */
public final class PdfDocuments {

    public static final float TITLE_SIZE = 18f;
    public static final float BODY_SIZE = 10f;
    public static final float SMALL_SIZE = 8.5f;

    private static final String REGULAR_RESOURCE = "/fonts/NanumGothic.ttf";
    private static final String BOLD_RESOURCE = "/fonts/NanumGothicBold.ttf";

    private PdfDocuments() {
    }

    /** What goes into the document between open and close. */
    @FunctionalInterface
    public interface Content {
        void addTo(Document document) throws IOException;
    }

    /** Lazily loaded on first use (holder idiom), so classes that never print do not pay for ~9 MB of fonts. */
    private static final class Fonts {
        static final BaseFont REGULAR = load(REGULAR_RESOURCE);
        static final BaseFont BOLD = load(BOLD_RESOURCE);

        private static BaseFont load(String resource) {
            try (InputStream in = PdfDocuments.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("font " + resource + " is missing from the classpath");
                }
                byte[] ttf = in.readAllBytes();
                // the name only tells OpenPDF the font type (.ttf); the bytes are the font
                String name = resource.substring(resource.lastIndexOf('/') + 1);
                return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, ttf, null);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load font " + resource, e);
            }
        }
    }

    public static BaseFont regularBaseFont() {
        return Fonts.REGULAR;
    }

    public static BaseFont boldBaseFont() {
        return Fonts.BOLD;
    }

    /** Document title: NanumGothic Bold, {@value #TITLE_SIZE} pt. */
    public static Font titleFont() {
        return new Font(Fonts.BOLD, TITLE_SIZE);
    }

    /** Body text: NanumGothic, {@value #BODY_SIZE} pt. */
    public static Font bodyFont() {
        return new Font(Fonts.REGULAR, BODY_SIZE);
    }

    /** Emphasised body text: NanumGothic Bold, {@value #BODY_SIZE} pt. */
    public static Font boldFont() {
        return new Font(Fonts.BOLD, BODY_SIZE);
    }

    /** Small print (notes, footers): NanumGothic, {@value #SMALL_SIZE} pt. */
    public static Font smallFont() {
        return new Font(Fonts.REGULAR, SMALL_SIZE);
    }

    public static Font font(boolean bold, float size) {
        return new Font(bold ? Fonts.BOLD : Fonts.REGULAR, size);
    }

    /** Whole won with thousands separators: {@code 10000 -> "10,000원"}, {@code -500 -> "-500원"}. */
    public static String won(long amount) {
        return com.bizbill.shared.i18n.Formats.KOREAN.won(amount); // issue 17 §3: the one formatting
    }

    /**
     * Writes one A4 document to {@code out}. The stream is flushed but left open (it belongs to the caller,
     * e.g. a servlet response). OpenPDF's unchecked {@link DocumentException}s are reported as IOException.
     */
    public static void write(OutputStream out, String title, Content content) throws IOException {
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            if (title != null) {
                document.addTitle(title);
            }
            document.addCreator("Bizbill");
            document.open();
            content.addTo(document);
            document.close();
        } catch (DocumentException e) {
            throw new IOException("cannot write PDF: " + e.getMessage(), e);
        }
        out.flush();
    }
}
