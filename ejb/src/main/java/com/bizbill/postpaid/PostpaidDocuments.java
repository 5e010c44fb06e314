package com.bizbill.postpaid;

import static com.bizbill.shared.pdf.PdfTables.cell;
import static com.bizbill.shared.pdf.PdfTables.header;
import static com.bizbill.shared.pdf.PdfTables.labelled;
import static com.bizbill.shared.pdf.PdfTables.table;

import com.bizbill.billing.OperatorDepositAccount;
import com.bizbill.identity.Organisation;
import com.bizbill.shared.i18n.Formats;
import com.bizbill.shared.i18n.Labels;
import com.bizbill.shared.pdf.OperatorDetails;
import com.bizbill.shared.pdf.PdfDocuments;
import com.bizbill.shared.pdf.PdfTables;
import com.bizbill.shared.spreadsheet.SpreadsheetWriter;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.PdfPTable;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.eclipse.microprofile.config.Config;

/**
 * CB-PST-3: the postpaid invoice as a document (PDF: the transaction date the master chose, the settlement period,
 * the amounts, the operator's deposit account and the orders) and its per-order detail as Excel. The master's own
 * company's only.
 */
@Stateless
public class PostpaidDocuments {

    static final List<String> HEADERS = List.of("주문일시", "주문번호", "주문명", "주문 금액", "정산 금액");

    @PersistenceContext
    EntityManager em;

    @Inject
    PostpaidInvoices invoices;

    @Inject
    Config config;

    @Inject
    Clock clock;

    public byte[] pdf(long memberId, long invoiceId) {
        PostpaidInvoice i = invoices.own(memberId, invoiceId);
        Organisation org = em.find(Organisation.class, i.getOrganisationId());
        List<PostpaidInvoiceLine> lines = invoices.lines(invoiceId);
        OperatorDepositAccount account = OperatorDepositAccount.fromConfig(config);
        YearMonth month = YearMonth.parse(i.getMonth());
        LocalDate transaction = i.getTransactionDate() != null ? i.getTransactionDate()
                : LocalDate.ofInstant(i.getIssuedAt(), clock.getZone());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfDocuments.write(out, "후불 청구서 " + i.number(), document -> {
                Font body = PdfDocuments.bodyFont();
                Font bold = PdfDocuments.boldFont();
                Font small = PdfDocuments.smallFont();
                PdfTables.title(document, "후불 청구서");
                PdfPTable info = table(new float[] {1.4f, 3f});
                labelled(info, "청구서 번호", i.number(), bold, body);
                labelled(info, "공급받는 자", org.getName() + " (" + org.getBusinessNumberFormatted() + ")", bold, body);
                labelled(info, "거래일", Formats.KOREAN.date(transaction), bold, body);
                labelled(info, "정산 기간", Formats.KOREAN.date(month.atDay(1)) + " ~ "
                        + Formats.KOREAN.date(month.atEndOfMonth()), bold, body);
                labelled(info, "정산 금액 (발급 쿠폰)", Formats.KOREAN.won(i.getSettled()), bold, body);
                labelled(info, "이월 취소", "- " + Formats.KOREAN.won(i.getCarriedOver()), bold, body);
                if (i.getAdjustment() != 0) {
                    labelled(info, "조정", Formats.KOREAN.won(i.getAdjustment()) + (i.getAdjustmentReason() == null ? ""
                            : " (" + i.getAdjustmentReason() + ")"), bold, body);
                }
                labelled(info, "청구 금액", Formats.KOREAN.won(i.getBilled()), bold, PdfDocuments.font(true, 12f));
                labelled(info, "입금 계좌", Labels.KOREAN.code("Bank", account.bankCode()) + " " + account.number()
                        + " (예금주 " + account.holder() + ")", bold, body);
                labelled(info, "상태", Labels.KOREAN.of(i.getStatus()), bold, body);
                document.add(info);
                PdfTables.section(document, "주문별 내역");
                PdfPTable t = table(new float[] {1.5f, 2.2f, 2.4f, 1.2f, 1.2f});
                HEADERS.forEach(h -> t.addCell(header(h, bold)));
                t.setHeaderRows(1);
                for (PostpaidInvoiceLine l : lines) {
                    t.addCell(cell(Formats.KOREAN.dateTime(l.getOrderedAt()), small, Element.ALIGN_LEFT));
                    t.addCell(cell(l.getOrderNumber(), small, Element.ALIGN_LEFT));
                    t.addCell(cell(l.getOrderName(), small, Element.ALIGN_LEFT));
                    t.addCell(cell(Formats.KOREAN.won(l.getOrderAmount()), small, Element.ALIGN_RIGHT));
                    t.addCell(cell(Formats.KOREAN.won(l.getSettled()), small, Element.ALIGN_RIGHT));
                }
                document.add(t);
                PdfTables.operator(document, OperatorDetails.fromConfig(config));
                PdfTables.note(document, "쿠폰(상품권)은 사용 시점에 과세되므로 이 청구서에는 부가세가 따로 없습니다. 청구 금액 = 정산 금액 "
                        + "- 이월 취소(지난 청구 뒤 폐기된 쿠폰) ± 조정.");
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** CB-PST-3: the detail per order as Excel (times as date-times, amounts as numbers). */
    public byte[] excel(long memberId, long invoiceId) throws IOException {
        invoices.own(memberId, invoiceId);
        try (SpreadsheetWriter w = new SpreadsheetWriter("후불 청구 내역", HEADERS, clock.getZone())) {
            for (PostpaidInvoiceLine l : invoices.lines(invoiceId)) {
                w.row(l.getOrderedAt(), l.getOrderNumber(), l.getOrderName(), l.getOrderAmount(), l.getSettled());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            w.writeTo(out);
            return out.toByteArray();
        }
    }
}
