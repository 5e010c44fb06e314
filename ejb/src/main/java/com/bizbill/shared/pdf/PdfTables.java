package com.bizbill.shared.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;

/** The table cells and the operator box every Bizbill document uses, so they all look alike. */
public final class PdfTables {

    private static final Color HEADER_BACKGROUND = new Color(0xEE, 0xEE, 0xEE);
    private static final Color BORDER = new Color(0x99, 0x99, 0x99);

    private PdfTables() {
    }

    public static PdfPTable table(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100f);
        table.setSpacingAfter(10f);
        return table;
    }

    public static void labelled(PdfPTable table, String label, String value, Font labelFont, Font valueFont) {
        table.addCell(header(label, labelFont));
        table.addCell(cell(value, valueFont, Element.ALIGN_LEFT));
    }

    public static PdfPCell header(String text, Font font) {
        PdfPCell cell = cell(text, font, Element.ALIGN_LEFT);
        cell.setBackgroundColor(HEADER_BACKGROUND);
        return cell;
    }

    public static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setBorderColor(BORDER);
        cell.setPadding(6f);
        return cell;
    }

    /** The issuer box: the operator's business details from configuration, in Korean. */
    public static void operator(Document document, OperatorDetails op) {
        operator(document, op, DocumentWords.KOREAN);
    }

    /** The issuer box with its labels in the document's language. */
    public static void operator(Document document, OperatorDetails op, DocumentWords words) {
        Font body = PdfDocuments.bodyFont();
        Font bold = PdfDocuments.boldFont();
        Paragraph heading = new Paragraph(words.get("operator.heading"), bold);
        heading.setSpacingBefore(10f);
        heading.setSpacingAfter(4f);
        document.add(heading);
        PdfPTable operator = table(new float[] {1f, 3f});
        labelled(operator, words.get("operator.company"), op.companyName(), bold, body);
        labelled(operator, words.get("operator.businessNumber"), op.businessNumber(), bold, body);
        labelled(operator, words.get("operator.representative"), op.representative(), bold, body);
        labelled(operator, words.get("operator.address"), op.address(), bold, body);
        labelled(operator, words.get("operator.phone"), op.phone(), bold, body);
        document.add(operator);
    }

    /** A document's centred title (issue 24: statements and postpaid invoices start alike). */
    public static void title(com.lowagie.text.Document document, String text) {
        Paragraph title = new Paragraph(text, PdfDocuments.titleFont());
        title.setAlignment(com.lowagie.text.Element.ALIGN_CENTER);
        title.setSpacingAfter(16f);
        document.add(title);
    }

    /** A bold heading above a table. */
    public static void section(com.lowagie.text.Document document, String text) {
        Paragraph heading = new Paragraph(text, PdfDocuments.boldFont());
        heading.setSpacingBefore(12f);
        heading.setSpacingAfter(4f);
        document.add(heading);
    }

    /** The small closing note. */
    public static void note(com.lowagie.text.Document document, String text) {
        Paragraph note = new Paragraph(text, PdfDocuments.smallFont());
        note.setSpacingBefore(12f);
        document.add(note);
    }
}
