package com.bizbill.usage;

import com.bizbill.shared.i18n.Formats;
import com.bizbill.shared.i18n.Labels;
import com.bizbill.messaging.MessageType;
import com.bizbill.shared.pdf.DocumentWords;
import com.bizbill.shared.pdf.OperatorDetails;
import com.bizbill.shared.pdf.PdfDocuments;
import com.bizbill.shared.pdf.ReceiptPdf;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * NB-PAY-1: a partner store's monthly usage bill as a document, beside the invoice's (issue 16 §3): per message type
 * the count, the unit price that applied and the amount, then supply, VAT, total and the payment state. Words from
 * the documents bundle (Korean, or English); the unit prices are those the price book applied to the store in the
 * bill's month (NB-PRICE-1: data with effective dates, a contract price before the list price), never constants.
 */
public final class UsageBillPdf {

    private UsageBillPdf() {
    }

    /**
     * @param applied per message type, the unit prices in effect for the store during the bill's month, in day
     *                order ({@link PriceBook#appliedIn})
     */
    public static byte[] render(UsageBill b, String storeName, Map<MessageType, List<PriceBook.Applied>> applied,
                                OperatorDetails op, ZoneId zone, DocumentWords words) {
        List<ReceiptPdf.Line> lines = new ArrayList<>();
        // issue 17 §2, §3: types and statuses from the one label source, the month as people read it
        Labels labels = Labels.of(words.locale());
        lines.add(new ReceiptPdf.Line(words.get("usageBill.month"),
                Formats.of(words.locale()).month(java.time.YearMonth.parse(b.getUsageMonth()))));
        for (MessageType type : MessageType.storeTypes()) {
            lines.add(new ReceiptPdf.Line(labels.of(type), words.get("usageBill.line",
                    b.count(type), unitPrices(applied.getOrDefault(type, List.of()), words),
                    PdfDocuments.won(b.amount(type)))));
        }
        if (b.getCarriedCount() > 0) { // NB-CYC-1: earlier months' messages whose delivery was known late
            lines.add(new ReceiptPdf.Line(words.get("usageBill.carried"),
                    words.get("usageBill.carriedValue", b.getCarriedCount())));
        }
        lines.add(new ReceiptPdf.Line(words.get("usageBill.supply"), PdfDocuments.won(b.getSupply())));
        lines.add(new ReceiptPdf.Line(words.get("usageBill.vat"), PdfDocuments.won(b.getVat())));
        lines.add(new ReceiptPdf.Line(words.get("usageBill.status"), status(b, labels, words)));
        ReceiptPdf.Receipt bill = new ReceiptPdf.Receipt(words.get("usageBill.title"),
                "NB-" + b.getUsageMonth() + "-" + b.getId(), b.getCollectedAt().atZone(zone), storeName,
                words.get("usageBill.method"), b.getTotal(), lines, words.get("usageBill.note"), true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ReceiptPdf.write(bill, op, words, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** "8원", or "10원 (1일부터), 12원 (15일부터)" when the price changed within the month. */
    static String unitPrices(List<PriceBook.Applied> applied, DocumentWords words) {
        if (applied.isEmpty()) {
            return words.get("usageBill.noPrice");
        }
        if (applied.size() == 1) {
            return PdfDocuments.won(applied.get(0).unitPrice());
        }
        return applied.stream().map(a -> words.get("usageBill.priceFrom", PdfDocuments.won(a.unitPrice()),
                a.from().getDayOfMonth())).collect(Collectors.joining(", "));
    }

    /** The bill's status label, with what staff must do (awaiting a manual payment) or what was recorded. */
    private static String status(UsageBill b, Labels labels, DocumentWords words) {
        String label = labels.of(b.getStatus());
        return switch (b.getStatus()) {
            case CHARGE_FAILED, NO_CARD -> label + " (" + words.get("usageBill.awaitingManual") + ")";
            case PAID_MANUALLY -> label + (b.getPaymentReference() == null ? "" : " (" + b.getPaymentReference() + ")");
            default -> label;
        };
    }
}
