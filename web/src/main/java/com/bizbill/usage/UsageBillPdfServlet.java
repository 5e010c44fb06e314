package com.bizbill.usage;

import com.bizbill.identity.CurrentMember;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.pdf.OperatorDetails;
import com.bizbill.shared.pdf.PdfDocuments;
import com.bizbill.shared.pdf.ReceiptPdf;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.config.Config;

/**
 * NB-PAY-1: a monthly usage bill as PDF (Korean text, operator details from configuration): the partner
 * admin's own at /portal/partner/usage-bill.pdf, any for staff at /admin/usage-bill.pdf. Another
 * store's bill is a 404.
 */
@WebServlet({"/portal/partner/usage-bill.pdf", "/admin/usage-bill.pdf"})
public class UsageBillPdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    UsageQueries queries;

    @Inject
    CurrentMember member;

    @Inject
    Config config;

    @Inject
    Clock clock;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        UsageBill b;
        try {
            long id = Long.parseLong(req.getParameter("id"));
            b = req.getServletPath().startsWith("/admin") ? queries.anyBill(id)
                    : queries.bill(member.organisationId(), id);
        } catch (NumberFormatException e) { // issue 15 §2: a BizbillException goes to DownloadErrorFilter
            b = null;
        }
        if (b == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String storeName = queries.storeName(b.getStoreId());
        List<ReceiptPdf.Line> lines = new java.util.ArrayList<>(List.of(new ReceiptPdf.Line("이용월", b.getUsageMonth()),
                new ReceiptPdf.Line("알림톡", b.getAlimtalkCount() + "건 / " + PdfDocuments.won(b.getAlimtalkAmount())),
                new ReceiptPdf.Line("SMS", b.getSmsCount() + "건 / " + PdfDocuments.won(b.getSmsAmount())),
                new ReceiptPdf.Line("LMS", b.getLmsCount() + "건 / " + PdfDocuments.won(b.getLmsAmount()))));
        if (b.getCarriedCount() > 0) { // NB-CYC-1: earlier months' messages whose delivery was known late
            lines.add(new ReceiptPdf.Line("이전 달 지연 확인분", b.getCarriedCount() + "건 (위 건수에 포함, 발송일 단가)"));
        }
        lines.addAll(List.of(new ReceiptPdf.Line("공급가액", PdfDocuments.won(b.getSupply())),
                new ReceiptPdf.Line("부가세", PdfDocuments.won(b.getVat())),
                new ReceiptPdf.Line("결제 상태", status(b))));
        ReceiptPdf.Receipt bill = new ReceiptPdf.Receipt("알림톡 이용요금 청구서", "NB-" + b.getUsageMonth() + "-" + b.getId(),
                b.getCollectedAt().atZone(clock.getZone()), storeName, "등록 카드 자동결제 (매월 5일)", b.getTotal(),
                lines,
                "알림톡 건당 8원, SMS 10원, LMS 25원 (VAT 별도, 계약 단가가 있으면 그 단가). 결제 실패 시 고객센터로 납부해 주세요.");
        resp.setContentType("application/pdf");
        resp.setHeader("Content-Disposition", "inline; filename=\"usage-bill-" + b.getUsageMonth() + ".pdf\"");
        ReceiptPdf.write(bill, OperatorDetails.fromConfig(config), resp.getOutputStream());
    }

    private static String status(UsageBill b) {
        return switch (b.getStatus()) {
            case OPEN -> "결제 예정";
            case CHARGING -> "결제 확인 중";
            case PAID -> "카드 결제 완료";
            case CHARGE_FAILED -> "카드 결제 실패 (수동 납부 대기)";
            case NO_CARD -> "등록 카드 없음 (수동 납부 대기)";
            case PAID_MANUALLY -> "수동 납부 완료 (" + b.getPaymentReference() + ")";
        };
    }
}
