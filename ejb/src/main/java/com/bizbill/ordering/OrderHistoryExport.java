package com.bizbill.ordering;

import com.bizbill.identity.OrganisationNames;
import com.bizbill.shared.Page;
import com.bizbill.shared.i18n.Labels;
import com.bizbill.shared.spreadsheet.SpreadsheetWriter;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Issue 22 §3, CB-HIS-1: the order history as Excel, with the list's filters: every matching order (page by page, so
 * memory stays flat) with the history's columns; amounts and counts as numbers, times as date-times.
 */
@Stateless
public class OrderHistoryExport {

    static final List<String> HEADERS_KO = List.of("주문일시", "발송일시", "주문자", "주문명", "주문번호", "유형",
            "결제 금액", "확정 금액", "수신자 수", "쿠폰 수", "성공", "진행 중", "실패", "오류", "상태");
    static final List<String> HEADERS_EN = List.of("Ordered at", "Send at", "Orderer", "Order name", "Order number",
            "Type", "Amount", "Confirmed amount", "Recipients", "Coupons", "Success", "In progress", "Failure", "Error",
            "Status");

    @Inject
    OrderQueries queries;

    @Inject
    OrganisationNames names;

    @Inject
    Clock clock;

    public byte[] export(OrderQueries.Filter filter, Locale locale) throws IOException {
        boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        Labels labels = Labels.of(locale);
        Map<Long, String> orderers = new HashMap<>();
        // the current page's summaries: the writer asks for a page, then for its rows
        var summaries = new java.util.concurrent.atomic.AtomicReference<Map<Long, OrderQueries.Summary>>(Map.of());
        try (SpreadsheetWriter w = new SpreadsheetWriter(english ? "Orders" : "주문 내역",
                english ? HEADERS_EN : HEADERS_KO, clock.getZone())) {
            w.rows((n, size) -> {
                Page<CouponOrder> page = queries.search(filter, n, size);
                summaries.set(queries.summaries(page.items().stream().map(CouponOrder::getId).toList()));
                return page;
            }, o -> {
                OrderQueries.Summary s = summaries.get().getOrDefault(o.getId(), OrderQueries.Summary.NONE);
                String orderer = orderers.computeIfAbsent(o.getMemberId(), id -> names.member(id));
                return new Object[] {o.getPlacedAt(), o.getDueAt(), orderer, o.getName(), o.getNumber(),
                        labels.of(o.getType()), o.getFinalAmount(), s.confirmed(), o.getRecipientCount(), s.coupons(),
                        s.success(), s.inProgress(), s.failure(), s.error(), labels.of(o.getStatus())};
            });
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            w.writeTo(out);
            return out.toByteArray();
        }
    }
}
