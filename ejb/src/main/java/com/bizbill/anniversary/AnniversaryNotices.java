package com.bizbill.anniversary;

import com.bizbill.shared.mail.MailMessage;
import com.bizbill.shared.mail.MailSender;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * CB-ANV-1: the owner is told by mail (and on the anniversary screen, from the plan's notice) why a plan stopped and
 * how to start it again, or that a day's order was refused and not retried.
 */
@ApplicationScoped
public class AnniversaryNotices {

    private static final Logger LOG = Logger.getLogger(AnniversaryNotices.class.getName());

    @Inject
    MailSender mail;

    /** Where the notice goes, the plan's name and, for a stop, why. */
    public record Owner(String to, String planName, AnniversarySteps.Stop why) {
    }

    /** A recipient whose day was skipped and the refusal's code. */
    public record Skipped(String who, String code) {
    }

    public void stopped(Owner o) {
        AnniversarySteps.Stop why = o.why();
        var f = com.bizbill.shared.i18n.Formats.KOREAN;
        boolean repriced = why.key().endsWith("repriced");
        String ko = repriced
                ? "상품 '" + why.productName() + "'의 판매가가 " + f.won(why.agreed()) + "에서 " + f.won(why.now())
                        + "(으)로 바뀌어 기념일 발송 '" + o.planName() + "'을(를) 멈췄습니다. 주문은 만들어지지 않았고 결제된 "
                        + "금액도 없습니다.\n다시 시작하려면 [주문 관리 > 기념일 발송관리]에서 새 금액을 확인하고 켜 주세요. "
                        + "다음 기념일부터 새 금액으로 주문됩니다."
                : "상품 '" + why.productName() + "'의 판매가 중단되어 기념일 발송 '" + o.planName() + "'을(를) "
                        + "멈췄습니다. 주문은 만들어지지 않았고 결제된 금액도 없습니다.\n다시 시작하려면 [주문 관리 > "
                        + "기념일 발송관리]에서 그 상품을 빼고(일반형은 1개, 선택형은 2개 이상 남겨야 합니다) 켜 주세요.";
        String en = repriced
                ? "The sale price of '" + why.productName() + "' changed from " + why.agreed() + " to " + why.now()
                        + " won, so the anniversary order '" + o.planName() + "' stopped; nothing was ordered or paid. "
                        + "To restart it, check the new amount under Orders > Anniversary orders and switch it on."
                : "'" + why.productName() + "' is no longer on sale, so the anniversary order '" + o.planName()
                        + "' stopped; nothing was ordered or paid. To restart it, remove that product under Orders > "
                        + "Anniversary orders and switch it on.";
        send(o, "[Bizbill] 기념일 발송이 멈췄습니다 / Anniversary order stopped", ko + "\n\n" + en);
    }

    /** One mail per plan and day, however many of its recipients were refused. */
    public void skipped(Owner o, LocalDate day, java.util.List<Skipped> skipped) {
        StringBuilder ko = new StringBuilder(day + " 기념일 주문 중 " + skipped.size() + "건을 만들지 못했습니다.\n");
        StringBuilder en = new StringBuilder(skipped.size() + " anniversary order(s) of " + day + " were not placed:\n");
        skipped.stream().limit(50).forEach(x -> {
            ko.append("- ").append(x.who()).append(": ").append(reasonKo(x.code())).append('\n');
            en.append("- ").append(x.who()).append(": ").append(reasonEn(x.code())).append('\n');
        });
        if (skipped.size() > 50) {
            ko.append("- 외 ").append(skipped.size() - 50).append("건\n");
            en.append("- and ").append(skipped.size() - 50).append(" more\n");
        }
        ko.append("이 날의 주문은 다시 시도하지 않습니다. 필요하면 충전하거나 한도를 확인한 뒤 주문하기에서 직접 보내 주세요. ")
                .append("기념일 발송 '").append(o.planName()).append("'은(는) 켜진 채로 다음 기념일에 다시 주문합니다.");
        en.append("They are not retried; top up or check your limits and send them from the order form if you wish. '")
                .append(o.planName()).append("' stays on for the next anniversaries.");
        send(o, "[Bizbill] 기념일 주문을 만들지 못했습니다 / Anniversary order not placed", ko + "\n\n" + en);
    }

    private void send(Owner o, String subject, String body) {
        try {
            mail.send(new MailMessage(o.to(), subject, body));
        } catch (RuntimeException e) {
            LOG.warning("anniversary notice to " + o.to() + " not sent: " + e.getMessage());
        }
    }

    static String reasonKo(String code) {
        return switch (code) {
            case "WALLET_INSUFFICIENT_BALANCE" -> "충전금 잔액이 부족합니다.";
            case "CREDIT_LIMIT_EXCEEDED" -> "이번 달 남은 여신 한도를 넘습니다.";
            case "MONTHLY_LIMIT_EXCEEDED" -> "이번 달 구매 한도를 넘습니다.";
            case "CASHABLE_LIMIT_EXCEEDED", "CASHABLE_NOT_PERMITTED" -> "환금성 상품 구매 한도를 넘거나 허용되지 않았습니다.";
            case "ORDERER_NOT_ACTIVE" -> "주문한 회원이 정지, 휴면 또는 탈퇴 상태입니다.";
            case "WALLET_NOT_AVAILABLE" -> "충전금을 쓸 수 없는 상태입니다.";
            case "INTERNAL" -> "일시적인 오류로 주문하지 못했습니다.";
            default -> "주문할 수 없었습니다 (" + code + ").";
        };
    }

    static String reasonEn(String code) {
        return switch (code) {
            case "WALLET_INSUFFICIENT_BALANCE" -> "the wallet balance is too low";
            case "CREDIT_LIMIT_EXCEEDED" -> "it is above this month's remaining credit";
            case "MONTHLY_LIMIT_EXCEEDED" -> "it is above this month's purchase limit";
            case "CASHABLE_LIMIT_EXCEEDED", "CASHABLE_NOT_PERMITTED" -> "cashable products are above the limit or not permitted";
            case "ORDERER_NOT_ACTIVE" -> "the member who made it is suspended, dormant or withdrawn";
            case "WALLET_NOT_AVAILABLE" -> "the wallet cannot be used";
            case "INTERNAL" -> "a temporary error stopped it";
            default -> "the order was refused (" + code + ")";
        };
    }
}
