package com.bizbill.usage;

import com.bizbill.identity.Organisation;
import com.bizbill.messaging.MessageGateway;
import com.bizbill.messaging.MessageType;
import com.bizbill.shared.error.BizbillException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * The Alimtalks a store gets from the cycle (NB-CYC-1), to its main number: the bill on the 3rd, and a
 * notice when the card charge failed or could not be made (pay through the customer centre).
 * These are the operator's own messages, not the store's usage.
 */
@ApplicationScoped
public class UsageNotices {

    static final String BILL_TEMPLATE = "NB_BILL_NOTICE";
    static final String FAILURE_TEMPLATE = "NB_CHARGE_FAILED";
    private static final Logger LOG = Logger.getLogger(UsageNotices.class.getName());

    @Inject
    MessageGateway gateway;

    static String billText(Organisation store, UsageBill b, boolean hasCard) {
        return "[Bizbill] " + store.getName() + " " + b.getUsageMonth() + " 알림톡 이용요금 안내\n"
                + "알림톡 " + b.getAlimtalkCount() + "건, SMS " + b.getSmsCount() + "건, LMS " + b.getLmsCount() + "건\n"
                + "청구금액 " + won(b.getTotal()) + " (공급가액 " + won(b.getSupply()) + ", 부가세 " + won(b.getVat()) + ")\n"
                + (hasCard ? "매월 5일 등록된 카드로 자동 결제됩니다."
                        : "등록된 결제카드가 없습니다. 파트너어드민에서 카드를 등록하시거나 고객센터로 납부해 주세요.");
    }

    static String failureText(Organisation store, UsageBill b) {
        return "[Bizbill] " + store.getName() + " " + b.getUsageMonth() + " 알림톡 이용요금 " + won(b.getTotal())
                + " 자동 결제가 " + (b.getStatus() == UsageBillStatus.NO_CARD ? "등록된 카드가 없어 진행되지 않았습니다."
                : "실패했습니다.") + " 고객센터를 통해 납부해 주세요.";
    }

    /** @return whether the gateway accepted it (a store without a reachable main number is not told) */
    boolean send(Organisation store, String template, String text) {
        if (store.getMainPhone() == null || store.getMainPhone().isBlank()) {
            LOG.info("store " + store.getId() + " has no main number; notice " + template + " not sent");
            return false;
        }
        try {
            gateway.send(new MessageGateway.OutgoingMessage(MessageType.ALIMTALK, store.getMainPhone(), null, text,
                    template));
            return true;
        } catch (BizbillException e) {
            LOG.info("notice " + template + " to store " + store.getId() + " refused: " + e.getMessage());
            return false;
        }
    }

    static String won(long amount) {
        return com.bizbill.shared.i18n.Formats.KOREAN.won(amount);
    }
}
