package com.bizbill.usage;

import com.bizbill.billing.CardService;
import com.bizbill.billing.PaymentCard;
import com.bizbill.identity.CurrentMember;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The partner admin's home: the card for recurring payment (NB-CARD-1), this month so far, the latest bill. */
@Named
@RequestScoped
public class PartnerHomePage {

    @Inject
    UsageQueries queries;

    @Inject
    UsageMonths months;

    @Inject
    CardService cards;

    @Inject
    CurrentMember member;

    public PaymentCard getCard() {
        return cards.activeCard(member.organisationId()).orElse(null);
    }

    public UsageQueries.DailyUsage getThisMonth() {
        return UsageQueries.total(queries.dailyUsage(member.organisationId(), months.current()));
    }

    public UsageBill getLatestBill() {
        List<UsageBill> bills = queries.billsOf(member.organisationId(), null, null, 0, 1).items();
        return bills.isEmpty() ? null : bills.get(0);
    }
}
