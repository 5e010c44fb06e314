package com.bizbill.usage;

import com.bizbill.messaging.MessageType;
import com.bizbill.shared.pdf.DocumentWords;
import com.bizbill.shared.pdf.OperatorDetails;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.Config;

/** NB-PAY-1: the usage bill as PDF (issue 16 §3: built here, not in the servlet, which only streams it). */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class UsageBillDocuments {

    @Inject
    UsageQueries queries;

    @Inject
    MessagePrices prices;

    @Inject
    Config config;

    @Inject
    Clock clock;

    /** The bill (already checked to be the caller's, or staff's) in the reader's language. */
    public byte[] pdf(UsageBill bill, Locale locale) {
        // NB-PRICE-1: the unit prices printed are the ones the price book applied to this store in the bill's month
        PriceBook book = prices.book();
        YearMonth month = YearMonth.parse(bill.getUsageMonth());
        Map<MessageType, List<PriceBook.Applied>> applied = new EnumMap<>(MessageType.class);
        for (MessageType type : MessageType.storeTypes()) {
            applied.put(type, book.appliedIn(type, bill.getStoreId(), month));
        }
        return UsageBillPdf.render(bill, queries.storeName(bill.getStoreId()), applied,
                OperatorDetails.fromConfig(config), clock.getZone(), DocumentWords.of(locale));
    }
}
