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
import com.bizbill.shared.i18n.Formats;
import com.bizbill.shared.i18n.Labels;
import java.util.ArrayList;
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
        // issue 17 §2 §3: the method's label and Korean time; issue 18 §1: a cancel receipt shows fee and net refund
        String method = Labels.KOREAN.of(c.getMethod());
        List<ReceiptPdf.Line> lines = new ArrayList<>(List.of(
                new ReceiptPdf.Line("충전 일시", Formats.KOREAN.dateTime(c.getCompletedAt())),
                new ReceiptPdf.Line("충전 금액", PdfDocuments.won(c.getAmount())),
                new ReceiptPdf.Line("결제 번호", c.getPaymentKey() == null ? "-" : c.getPaymentKey())));
        if (cancel) {
            lines.add(new ReceiptPdf.Line("취소 금액", PdfDocuments.won(c.getCancelledAmount())));
            lines.add(new ReceiptPdf.Line("환불 수수료", PdfDocuments.won(c.getCancelFee())));
            lines.add(new ReceiptPdf.Line("환불 금액", PdfDocuments.won(c.getCancelRefunded())));
        }
        ReceiptPdf.Receipt receipt = new ReceiptPdf.Receipt(cancel ? "충전 취소 영수증" : "충전 영수증",
                (cancel ? "WC-" : "W-") + c.getId(), clock.instant().atZone(clock.getZone()),
                member.get().organisationName(), method, cancel ? c.getCancelRefunded() : c.getAmount(), lines,
                cancel ? "취소 금액에서 환불 수수료를 뺀 금액이 결제 수단으로 환불됩니다 (충전 후 7일이 지나 취소하면 수수료 차감)."
                        : "선불 충전금 영수증입니다.");
        resp.setContentType("application/pdf");
        resp.setHeader("Content-Disposition", "inline; filename=\"receipt-" + c.getId() + (cancel ? "-cancel" : "")
                + ".pdf\"");
        ReceiptPdf.write(receipt, OperatorDetails.fromConfig(config), resp.getOutputStream());
    }
}
