package com.bizbill.shared.pdf;

import static com.bizbill.shared.pdf.PdfTables.cell;
import static com.bizbill.shared.pdf.PdfTables.header;
import static com.bizbill.shared.pdf.PdfTables.labelled;
import static com.bizbill.shared.pdf.PdfTables.table;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * A one-page Korean receipt (e.g. "충전 영수증", "충전 취소 영수증"): number, issue time, customer, payment
 * method, detail lines, the amount in won, the operator's details and an optional note. Amounts are whole won
 * ({@code long}); no supply/VAT split is printed.
 */
public final class ReceiptPdf {

    private static final DateTimeFormatter ISSUED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ReceiptPdf() {
    }

    /**
     * @param title        printed as the heading, chosen by the caller ("충전 영수증", "충전 취소 영수증", ...)
     * @param issuedAt     printed as yyyy-MM-dd HH:mm in its own zone
     * @param method       payment method; omitted when null or blank
     * @param amount       whole won, printed as e.g. "10,000원"
     * @param lines        detail rows (label, value); may be empty
     * @param note         printed under the operator box; omitted when null or blank
     * @param bill         issue 18 §3: a bill (청구서: "청구서 번호", "발행일시") rather than a receipt of a payment
     */
    public record Receipt(String title, String number, ZonedDateTime issuedAt, String customerName,
                          String method, long amount, List<Line> lines, String note, boolean bill) {
        public Receipt {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(issuedAt, "issuedAt");
            Objects.requireNonNull(customerName, "customerName");
            lines = lines == null ? List.of() : List.copyOf(lines);
        }

        /** A receipt of a payment. */
        public Receipt(String title, String number, ZonedDateTime issuedAt, String customerName, String method,
                       long amount, List<Line> lines, String note) {
            this(title, number, issuedAt, customerName, method, amount, lines, note, false);
        }
    }

    public record Line(String label, String value) {
    }

    /** Writes the receipt as a PDF to {@code out}, which is flushed and left open; labels in Korean. */
    public static void write(Receipt r, OperatorDetails op, OutputStream out) throws IOException {
        write(r, op, DocumentWords.KOREAN, out);
    }

    /** Writes the receipt with its labels in the language of {@code words}. */
    public static void write(Receipt r, OperatorDetails op, DocumentWords words, OutputStream out) throws IOException {
        Objects.requireNonNull(r, "receipt");
        Objects.requireNonNull(op, "operator");
        PdfDocuments.write(out, r.title(), document -> addTo(document, r, op, words));
    }

    private static void addTo(Document document, Receipt r, OperatorDetails op, DocumentWords words) {
        Font body = PdfDocuments.bodyFont();
        Font bold = PdfDocuments.boldFont();

        Paragraph title = new Paragraph(r.title(), PdfDocuments.titleFont());
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingAfter(20f);
        document.add(title);

        PdfPTable info = table(new float[] {1f, 3f});
        String kind = r.bill() ? "bill" : "receipt";
        labelled(info, words.get(kind + ".number"), r.number(), bold, body);
        labelled(info, words.get(kind + ".issuedAt"), r.issuedAt().format(ISSUED), bold, body);
        labelled(info, words.get("receipt.customer"), r.customerName(), bold, body);
        if (!isBlank(r.method())) {
            labelled(info, words.get("receipt.method"), r.method(), bold, body);
        }
        document.add(info);

        if (!r.lines().isEmpty()) {
            PdfPTable lines = table(new float[] {1f, 3f});
            lines.addCell(header(words.get("receipt.item"), bold));
            lines.addCell(header(words.get("receipt.content"), bold));
            lines.setHeaderRows(1);
            for (Line line : r.lines()) {
                lines.addCell(cell(line.label(), body, Element.ALIGN_LEFT));
                lines.addCell(cell(line.value(), body, Element.ALIGN_LEFT));
            }
            document.add(lines);
        }

        PdfPTable total = table(new float[] {1f, 3f});
        total.addCell(header(words.get("receipt.amount"), PdfDocuments.font(true, 12f)));
        total.addCell(cell(PdfDocuments.won(r.amount()), PdfDocuments.font(true, 12f), Element.ALIGN_RIGHT));
        document.add(total);

        PdfTables.operator(document, op, words);

        if (!isBlank(r.note())) {
            Paragraph note = new Paragraph(r.note(), PdfDocuments.smallFont());
            note.setSpacingBefore(12f);
            document.add(note);
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
