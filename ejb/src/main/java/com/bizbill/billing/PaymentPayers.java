package com.bizbill.billing;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Issue 17 §2: the company a payment attempt is for, so staff read "(주)데모상사" rather than
 * "WALLET_CHARGE 11 (#1)". Each purpose keeps its subject differently (an invoice by key, a wallet charge or a
 * usage bill by its id in the reference, an overpayment refund through the attempt it refunds); entities are
 * named in the queries only, so billing does not depend on the wallet or usage modules' classes.
 */
@Stateless
public class PaymentPayers {

    @PersistenceContext
    EntityManager em;

    /** Attempt id → company name, for the attempts given (one query per purpose present). */
    public Map<Long, String> of(Collection<PaymentAttempt> attempts) {
        Map<Long, String> names = new HashMap<>();
        Map<Long, List<PaymentAttempt>> byInvoice = new HashMap<>();
        Map<Long, List<PaymentAttempt>> byCharge = new HashMap<>();
        Map<Long, List<PaymentAttempt>> byBill = new HashMap<>();
        Map<Long, List<PaymentAttempt>> byOverpayment = new HashMap<>();
        for (PaymentAttempt a : attempts) {
            if (a.getInvoiceId() != null) {
                byInvoice.computeIfAbsent(a.getInvoiceId(), k -> new ArrayList<>()).add(a);
                continue;
            }
            Long id = leadingNumber(a.getReference());
            if (id == null) {
                continue;
            }
            switch (a.getPurpose()) {
                case "WALLET_CHARGE", "WALLET_CHARGE_CANCEL" -> byCharge.computeIfAbsent(id, k -> new ArrayList<>()).add(a);
                case "USAGE_BILL" -> byBill.computeIfAbsent(id, k -> new ArrayList<>()).add(a);
                case "OVERPAYMENT_REFUND" -> byOverpayment.computeIfAbsent(id, k -> new ArrayList<>()).add(a);
                default -> { }
            }
        }
        put(names, byInvoice, "select i.id, b.name from Invoice i, BillingAccount b where b.id = i.billingAccountId "
                + "and i.id in :ids");
        put(names, byCharge, "select c.id, o.name from WalletCharge c, Organisation o where o.id = c.organisationId "
                + "and c.id in :ids");
        put(names, byBill, "select u.id, o.name from UsageBill u, Organisation o where o.id = u.storeId and u.id in :ids");
        if (!byOverpayment.isEmpty()) {
            Map<Long, Long> refunded = new HashMap<>();
            em.createQuery("select o.id, o.attemptId from Overpayment o where o.id in :ids", Object[].class)
                    .setParameter("ids", byOverpayment.keySet()).getResultList()
                    .forEach(r -> refunded.put(((Number) r[1]).longValue(), ((Number) r[0]).longValue()));
            List<PaymentAttempt> originals = refunded.isEmpty() ? List.of()
                    : em.createQuery("select a from PaymentAttempt a where a.id in :ids", PaymentAttempt.class)
                    .setParameter("ids", refunded.keySet()).getResultList();
            Map<Long, String> originalNames = of(originals.stream()
                    .filter(a -> !"OVERPAYMENT_REFUND".equals(a.getPurpose())).toList());
            originalNames.forEach((attemptId, name) -> byOverpayment.getOrDefault(refunded.get(attemptId), List.of())
                    .forEach(a -> names.put(a.getId(), name)));
        }
        return names;
    }

    private void put(Map<Long, String> names, Map<Long, List<PaymentAttempt>> bySubject, String query) {
        if (bySubject.isEmpty()) {
            return;
        }
        em.createQuery(query, Object[].class).setParameter("ids", bySubject.keySet()).getResultList()
                .forEach(r -> bySubject.getOrDefault(((Number) r[0]).longValue(), List.of())
                        .forEach(a -> names.put(a.getId(), (String) r[1])));
    }

    /** "11" → 11, "11:5000" (a charge cancel: charge id and amount) → 11; anything else → null. */
    static Long leadingNumber(String reference) {
        if (reference == null) {
            return null;
        }
        int end = 0;
        while (end < reference.length() && end < 18 && Character.isDigit(reference.charAt(end))) {
            end++;
        }
        return end == 0 ? null : Long.valueOf(reference.substring(0, end));
    }
}
