package com.bizbill.catalog;

import static com.bizbill.shared.pdf.PdfTables.cell;
import static com.bizbill.shared.pdf.PdfTables.header;
import static com.bizbill.shared.pdf.PdfTables.labelled;
import static com.bizbill.shared.pdf.PdfTables.table;

import com.bizbill.shared.i18n.Formats;
import com.bizbill.shared.pdf.OperatorDetails;
import com.bizbill.shared.pdf.PdfDocuments;
import com.bizbill.shared.pdf.PdfTables;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * CB-CART-1: the quote (견적서) of a cart: its number and date, the customer company and business number, each
 * product with its validity, face value and sale price, the order kind and recipients, the face total, the discount
 * and the final amount, and the operator's business details. Korean, amounts in won.
 */
public final class QuotePdf {

    private QuotePdf() {
    }

    public static byte[] render(CartService.QuoteContent q, OperatorDetails op) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfDocuments.write(out, "견적서 " + q.number(), document -> {
                Font body = PdfDocuments.bodyFont();
                Font bold = PdfDocuments.boldFont();
                Paragraph title = new Paragraph("견적서", PdfDocuments.titleFont());
                title.setAlignment(Element.ALIGN_CENTER);
                title.setSpacingAfter(20f);
                document.add(title);

                PdfPTable info = table(new float[] {1.2f, 3f});
                labelled(info, "견적 번호", q.number(), bold, body);
                labelled(info, "견적일", Formats.KOREAN.dateTime(q.issuedAt()), bold, body);
                labelled(info, "수신", q.customer(), bold, body);
                if (q.customerBusinessNumber() != null && !q.customerBusinessNumber().isBlank()) {
                    labelled(info, "사업자등록번호", q.customerBusinessNumber(), bold, body);
                }
                labelled(info, "주문 유형", q.kind() == QuotePricing.Kind.GENERAL ? "일반 (모든 수신자에게 모든 상품)"
                        : "선택형 (수신자가 한 가지를 고름, 가장 비싼 상품 기준)", bold, body);
                labelled(info, "수신자 수", Formats.KOREAN.number(q.recipients()) + "명", bold, body);
                document.add(info);

                PdfPTable lines = table(new float[] {3f, 1f, 1.3f, 1.3f});
                lines.addCell(header("상품", bold));
                lines.addCell(header("유효기간", bold));
                lines.addCell(header("액면가", bold));
                lines.addCell(header("판매가", bold));
                lines.setHeaderRows(1);
                for (CartService.Row r : q.rows()) {
                    lines.addCell(cell(r.brandName() + " " + r.product().getName(), body, Element.ALIGN_LEFT));
                    lines.addCell(cell(r.line().getValidityDays() + "일", body, Element.ALIGN_RIGHT));
                    lines.addCell(cell(Formats.KOREAN.won(r.product().getFaceValue()), body, Element.ALIGN_RIGHT));
                    lines.addCell(cell(Formats.KOREAN.won(r.price()), body, Element.ALIGN_RIGHT));
                }
                document.add(lines);

                PdfPTable sums = table(new float[] {1.2f, 3f});
                amount(sums, "액면가 합계", q.amounts().faceTotal(), bold, body);
                amount(sums, "할인", q.amounts().discount(), bold, body);
                amount(sums, "견적 금액", q.amounts().finalTotal(), bold, PdfDocuments.font(true, 12f));
                document.add(sums);
                PdfTables.operator(document, op);
                Paragraph note = new Paragraph("쿠폰 가격은 부가세 포함입니다. 이 견적은 발행일 기준 판매가로 계산되었으며, 주문 시점의 판매가가 "
                        + "적용됩니다.", PdfDocuments.smallFont());
                note.setSpacingBefore(12f);
                document.add(note);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void amount(PdfPTable t, String label, long won, Font labelFont, Font valueFont) {
        t.addCell(header(label, labelFont));
        t.addCell(cell(Formats.KOREAN.won(won), valueFont, Element.ALIGN_RIGHT));
    }
}
