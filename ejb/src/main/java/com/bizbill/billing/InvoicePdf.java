package com.bizbill.billing;

import com.bizbill.shared.i18n.Formats;
import com.bizbill.shared.i18n.Labels;
import static com.bizbill.shared.pdf.PdfTables.cell;
import static com.bizbill.shared.pdf.PdfTables.header;
import static com.bizbill.shared.pdf.PdfTables.labelled;
import static com.bizbill.shared.pdf.PdfTables.table;

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
import java.util.List;

/**
 * The invoice document (BP-INV-1): a bill ("청구서") for card payers, as BP-PAY-1 wants, with the lines,
 * supply, VAT, total, what was paid and the balance, and the operator's business details.
 */
public final class InvoicePdf {

    private InvoicePdf() {
    }

    /**
     * Issue 18 §3: who the document is for: the billing account's name, its company's business registration
     * number (a tax invoice names both parties), and where a bank transfer goes (virtual account or the
     * operator's deposit account).
     */
    public record Recipient(String name, String businessNumber, String depositAccount) {
    }

    public static byte[] render(Invoice inv, Recipient to, List<InvoicePayment> payments, OperatorDetails op) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfDocuments.write(out, "청구서 " + inv.getNumber(), document -> {
                Font body = PdfDocuments.bodyFont();
                Font bold = PdfDocuments.boldFont();
                // BP-PAY-1: card payers get a bill; BP-PAY-2: after month end, the tax invoice
                boolean taxed = inv.getTaxInvoiceNumber() != null;
                Paragraph title = new Paragraph(taxed ? "세금계산서" : "청구서", PdfDocuments.titleFont());
                title.setAlignment(Element.ALIGN_CENTER);
                title.setSpacingAfter(20f);
                document.add(title);

                PdfPTable info = table(new float[] {1f, 3f});
                labelled(info, "청구서 번호", inv.getNumber(), bold, body);
                if (taxed) {
                    labelled(info, "승인번호", inv.getTaxInvoiceNumber(), bold, body);
                }
                labelled(info, "청구월", Formats.KOREAN.month(java.time.YearMonth.parse(inv.getBillingMonth())), bold, body);
                labelled(info, "공급받는자", to.name(), bold, body);
                if (to.businessNumber() != null && !to.businessNumber().isBlank()) {
                    labelled(info, "공급받는자 사업자등록번호", to.businessNumber(), bold, body);
                }
                // issue 18 §3: a tax invoice is dated the day it was issued, not the bill's original date
                labelled(info, taxed ? "작성일자" : "발행일", taxed
                        ? Formats.KOREAN.date(inv.getTaxInvoiceIssuedAt().atZone(Formats.KOREA).toLocalDate())
                        : Formats.KOREAN.date(inv.getIssueDate()), bold, body);
                labelled(info, "납부기한", Formats.KOREAN.dateWithWeekday(inv.getDueDate()), bold, body);
                document.add(info);

                PdfPTable lines = table(new float[] {3f, 2f, 1.5f});
                lines.addCell(header("서비스", bold));
                lines.addCell(header("사용 기간", bold));
                lines.addCell(header("공급가액", bold));
                lines.setHeaderRows(1);
                for (InvoiceLine l : inv.getLines()) {
                    lines.addCell(cell(l.getService(), body, Element.ALIGN_LEFT));
                    lines.addCell(cell(l.getUsagePeriod(), body, Element.ALIGN_LEFT));
                    lines.addCell(cell(PdfDocuments.won(l.getSupplyAmount()), body, Element.ALIGN_RIGHT));
                }
                document.add(lines);

                PdfPTable sums = table(new float[] {1f, 3f});
                amount(sums, "공급가액", inv.getSupply(), bold, body);
                amount(sums, "부가세", inv.getVat(), bold, body);
                amount(sums, "합계", inv.getTotal(), bold, PdfDocuments.font(true, 12f));
                amount(sums, "납부액", inv.getPaidAmount(), bold, body);
                amount(sums, "미납액", inv.balance(), bold, bold);
                document.add(sums);

                if (!payments.isEmpty()) {
                    PdfPTable paid = table(new float[] {2f, 1f, 1.5f});
                    paid.addCell(header("납부일시", bold));
                    paid.addCell(header("수단", bold));
                    paid.addCell(header("금액", bold));
                    for (InvoicePayment p : payments) {
                        // issue 17 §3: the payment time in Korean time, yyyy-MM-dd HH:mm (it printed the raw UTC instant)
                        paid.addCell(cell(Formats.KOREAN.dateTime(p.getPaidAt()), body, Element.ALIGN_LEFT));
                        paid.addCell(cell(Labels.KOREAN.of(p.getMethod()), body, Element.ALIGN_LEFT));
                        paid.addCell(cell(PdfDocuments.won(p.getAmount()), body, Element.ALIGN_RIGHT));
                    }
                    document.add(paid);
                }
                PdfTables.operator(document, op);
                if (taxed && inv.balance() > 0) {
                    // issue 18 §2: "by transfer only" always says where to
                    Paragraph note = new Paragraph("청구월이 지나 카드 결제는 할 수 없습니다. 계좌이체로 납부해 주십시오. 입금 계좌: "
                            + to.depositAccount(), PdfDocuments.smallFont());
                    note.setSpacingBefore(12f);
                    document.add(note);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void amount(PdfPTable t, String label, long won, Font labelFont, Font valueFont) {
        t.addCell(header(label, labelFont));
        t.addCell(cell(PdfDocuments.won(won), valueFont, Element.ALIGN_RIGHT));
    }
}
