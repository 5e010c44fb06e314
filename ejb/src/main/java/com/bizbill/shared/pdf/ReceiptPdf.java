package com.bizbill.shared.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
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
    private static final Color HEADER_BACKGROUND = new Color(0xEE, 0xEE, 0xEE);
    private static final Color BORDER = new Color(0x99, 0x99, 0x99);

    private ReceiptPdf() {
    }

    /**
     * @param title        printed as the heading, chosen by the caller ("충전 영수증", "충전 취소 영수증", ...)
     * @param issuedAt     printed as yyyy-MM-dd HH:mm in its own zone
     * @param method       payment method; omitted when null or blank
     * @param amount       whole won, printed as e.g. "10,000원"
     * @param lines        detail rows (label, value); may be empty
     * @param note         printed under the operator box; omitted when null or blank
     */
    public record Receipt(String title, String number, ZonedDateTime issuedAt, String customerName,
                          String method, long amount, List<Line> lines, String note) {
        public Receipt {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(issuedAt, "issuedAt");
            Objects.requireNonNull(customerName, "customerName");
            lines = lines == null ? List.of() : List.copyOf(lines);
        }
    }

    public record Line(String label, String value) {
    }

    /** Writes the receipt as a PDF to {@code out}, which is flushed and left open. */
    public static void write(Receipt r, OperatorDetails op, OutputStream out) throws IOException {
        Objects.requireNonNull(r, "receipt");
        Objects.requireNonNull(op, "operator");
        PdfDocuments.write(out, r.title(), document -> addTo(document, r, op));
    }

    private static void addTo(Document document, Receipt r, OperatorDetails op) {
        Font body = PdfDocuments.bodyFont();
        Font bold = PdfDocuments.boldFont();

        Paragraph title = new Paragraph(r.title(), PdfDocuments.titleFont());
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingAfter(20f);
        document.add(title);

        PdfPTable info = table(new float[] {1f, 3f});
        labelled(info, "영수증 번호", r.number(), bold, body);
        labelled(info, "발행일시", r.issuedAt().format(ISSUED), bold, body);
        labelled(info, "고객", r.customerName(), bold, body);
        if (!isBlank(r.method())) {
            labelled(info, "결제 수단", r.method(), bold, body);
        }
        document.add(info);

        if (!r.lines().isEmpty()) {
            PdfPTable lines = table(new float[] {1f, 3f});
            lines.addCell(header("항목", bold));
            lines.addCell(header("내용", bold));
            lines.setHeaderRows(1);
            for (Line line : r.lines()) {
                lines.addCell(cell(line.label(), body, Element.ALIGN_LEFT));
                lines.addCell(cell(line.value(), body, Element.ALIGN_LEFT));
            }
            document.add(lines);
        }

        PdfPTable total = table(new float[] {1f, 3f});
        total.addCell(header("금액", PdfDocuments.font(true, 12f)));
        total.addCell(cell(PdfDocuments.won(r.amount()), PdfDocuments.font(true, 12f), Element.ALIGN_RIGHT));
        document.add(total);

        Paragraph operatorHeading = new Paragraph("발행자", bold);
        operatorHeading.setSpacingBefore(10f);
        operatorHeading.setSpacingAfter(4f);
        document.add(operatorHeading);
        PdfPTable operator = table(new float[] {1f, 3f});
        labelled(operator, "상호", op.companyName(), bold, body);
        labelled(operator, "사업자등록번호", op.businessNumber(), bold, body);
        labelled(operator, "대표자", op.representative(), bold, body);
        labelled(operator, "주소", op.address(), bold, body);
        labelled(operator, "전화", op.phone(), bold, body);
        document.add(operator);

        if (!isBlank(r.note())) {
            Paragraph note = new Paragraph(r.note(), PdfDocuments.smallFont());
            note.setSpacingBefore(12f);
            document.add(note);
        }
    }

    private static PdfPTable table(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100f);
        table.setSpacingAfter(10f);
        return table;
    }

    private static void labelled(PdfPTable table, String label, String value, Font labelFont, Font valueFont) {
        table.addCell(header(label, labelFont));
        table.addCell(cell(value, valueFont, Element.ALIGN_LEFT));
    }

    private static PdfPCell header(String text, Font font) {
        PdfPCell cell = cell(text, font, Element.ALIGN_LEFT);
        cell.setBackgroundColor(HEADER_BACKGROUND);
        return cell;
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setBorderColor(BORDER);
        cell.setPadding(6f);
        return cell;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
