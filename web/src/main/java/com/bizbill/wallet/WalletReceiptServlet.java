package com.bizbill.wallet;

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
 * CB-WAL-2 receipts: a charge receipt, or (kind=cancel) a charge-cancellation receipt, as PDF with the
 * operator's business details from configuration. Masters only (web.xml); another organisation's
 * charge is a 404.
 */
@WebServlet("/portal/coupon/wallet/receipt.pdf")
public class WalletReceiptServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    WalletService wallets;

    @Inject
    CurrentMember member;

    @Inject
    Config config;

    @Inject
    Clock clock;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        WalletCharge c;
        try {
            c = wallets.charge(member.get().organisationId(), Long.parseLong(req.getParameter("charge")));
        } catch (NumberFormatException e) { // issue 15 §2: a BizbillException goes to DownloadErrorFilter
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean cancel = "cancel".equals(req.getParameter("kind"));
        if (cancel ? c.getCancelledAmount() == 0 : c.getCompletedAt() == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String method = switch (c.getMethod()) {
            case CARD -> "신용카드";
            case TRANSFER -> "실시간 계좌이체";
            case VIRTUAL_ACCOUNT -> "가상계좌";
        };
        ReceiptPdf.Receipt receipt = new ReceiptPdf.Receipt(cancel ? "충전 취소 영수증" : "충전 영수증",
                (cancel ? "WC-" : "W-") + c.getId(), clock.instant().atZone(clock.getZone()),
                member.get().organisationName(), method, cancel ? c.getCancelledAmount() : c.getAmount(),
                List.of(new ReceiptPdf.Line("충전 일시", c.getCompletedAt().atZone(clock.getZone()).toLocalDateTime()
                                .withNano(0).toString().replace('T', ' ')),
                        new ReceiptPdf.Line("충전 금액", PdfDocuments.won(c.getAmount())),
                        new ReceiptPdf.Line("결제 번호", c.getPaymentKey() == null ? "-" : c.getPaymentKey())),
                cancel ? "충전 취소 금액은 결제 수단으로 환불됩니다 (7일 경과 후 취소 시 수수료 차감)." : "선불 충전금 영수증입니다.");
        resp.setContentType("application/pdf");
        resp.setHeader("Content-Disposition", "inline; filename=\"receipt-" + c.getId() + (cancel ? "-cancel" : "")
                + ".pdf\"");
        ReceiptPdf.write(receipt, OperatorDetails.fromConfig(config), resp.getOutputStream());
    }
}
