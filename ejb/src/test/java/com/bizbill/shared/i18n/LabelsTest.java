package com.bizbill.shared.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Issue 17 §2: every enum a person reads, every audit action and payment purpose has a label in both languages. */
class LabelsTest {

    /** The enums shown to people (statuses, kinds, methods, roles …). */
    static final List<Class<? extends Enum<?>>> SHOWN = List.of(com.bizbill.billing.InvoiceStatus.class,
            com.bizbill.billing.InvoicePaymentMethod.class, com.bizbill.billing.PaymentMethod.class,
            com.bizbill.billing.PaymentStatus.class, com.bizbill.billing.AttemptKind.class,
            com.bizbill.billing.OverpaymentStatus.class, com.bizbill.wallet.ChargeStatus.class,
            com.bizbill.wallet.ChargeMethod.class, com.bizbill.wallet.RefundStatus.class,
            com.bizbill.wallet.WalletTransactionKind.class, com.bizbill.usage.UsageBillStatus.class,
            com.bizbill.messaging.UsageStatus.class, com.bizbill.messaging.MessageType.class,
            com.bizbill.dispatch.RecipientCouponState.class, com.bizbill.addressbook.CalendarKind.class, com.bizbill.anniversary.AnniversaryStatus.class, com.bizbill.postpaid.PostpaidInvoiceStatus.class,
            com.bizbill.ledger.AccountType.class, com.bizbill.identity.MemberStatus.class,
            com.bizbill.identity.OrganisationStatus.class, com.bizbill.identity.OrganisationKind.class,
            com.bizbill.identity.Role.class, com.bizbill.identity.PaymentType.class,
            com.bizbill.identity.registry.BusinessStatus.class, com.bizbill.shared.jobs.JobRunStatus.class,
            com.bizbill.shared.jobs.ItemOutcome.class, com.bizbill.shared.context.ActorKind.class,
            com.bizbill.shared.context.Channel.class, com.bizbill.identity.MemberTransition.class,
            com.bizbill.catalog.ProductStatus.class);

    @Test
    void issue17EveryEnumValueHasAKoreanAndAnEnglishLabel() {
        List<String> missing = new ArrayList<>();
        for (Class<? extends Enum<?>> type : SHOWN) {
            for (Enum<?> value : type.getEnumConstants()) {
                for (Labels labels : List.of(Labels.KOREAN, Labels.ENGLISH)) {
                    String label = labels.find(type.getSimpleName(), value.name());
                    if (label == null || label.isBlank()) {
                        missing.add(labels.locale() + " " + type.getSimpleName() + "." + value.name());
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
        assertEquals("미납", Labels.KOREAN.of(com.bizbill.billing.InvoiceStatus.UNPAID));
        assertEquals("Unpaid", Labels.of(Locale.ENGLISH).of(com.bizbill.billing.InvoiceStatus.UNPAID));
        assertEquals("카드결제(즉시)", Labels.of(Locale.KOREA).of(com.bizbill.billing.PaymentMethod.CARD_IMMEDIATE));
    }

    /** Every audit action and payment purpose the code writes (found in the sources) reads as words. */
    @Test
    void issue17EveryAuditActionAndPaymentPurposeInTheCodeHasLabels() {
        // the first argument of audit.record(…), also a choice of two ("CARD_CHANGED" : "CARD_REGISTERED")
        TreeSet<String> actions = codes(Pattern.compile("audit\\.record\\(\\s*[^,]*?\"([A-Z_]+)\"(?:\\s*:\\s*\"([A-Z_]+)\")?"));
        TreeSet<String> targets = codes(Pattern.compile("audit\\.record\\(\\s*[^,]*?,\\s*\"([A-Za-z_]+)\""));
        TreeSet<String> purposes = codes(Pattern.compile("PURPOSE = \"([A-Z_]+)\""));
        assertTrue(actions.size() > 30 && actions.contains("CARD_REGISTERED"), "found " + actions);
        assertTrue(targets.contains("INVOICE"), "found " + targets);
        assertTrue(purposes.contains("WALLET_CHARGE"), "found " + purposes);
        List<String> missing = new ArrayList<>();
        for (Labels labels : List.of(Labels.KOREAN, Labels.ENGLISH)) {
            actions.stream().filter(a -> labels.find("AuditAction", a) == null).forEach(a -> missing.add("AuditAction." + a));
            targets.stream().filter(t -> labels.find("AuditTarget", t) == null).forEach(t -> missing.add("AuditTarget." + t));
            purposes.stream().filter(p -> labels.find("PaymentPurpose", p) == null)
                    .forEach(p -> missing.add("PaymentPurpose." + p));
        }
        assertEquals(List.of(), missing);
        // an unknown code reads as itself rather than breaking a page
        assertEquals("SOMETHING_NEW", Labels.KOREAN.code("AuditAction", "SOMETHING_NEW"));
        assertEquals("데모 시계 이동", Labels.KOREAN.code("AuditAction", "DEMO_CLOCK_MOVED"));
        // an audit line's bare code reads as words of its target's kind; other values stay as written
        assertEquals("판매 중지", Labels.KOREAN.auditValue("PRODUCT", "SUSPENDED"));
        assertEquals("정지", Labels.KOREAN.auditValue("MEMBER", "SUSPENDED"));
        assertEquals("true 300000", Labels.KOREAN.auditValue("ORGANISATION", "true 300000"));
        assertEquals("UNHEARD_OF_CODE", Labels.KOREAN.auditValue("PRODUCT", "UNHEARD_OF_CODE"));
    }

    private static TreeSet<String> codes(Pattern p) {
        TreeSet<String> found = new TreeSet<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("../web/src/main/java"))) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                    try {
                        Matcher m = p.matcher(Files.readString(f));
                        while (m.find()) {
                            for (int g = 1; g <= m.groupCount(); g++) {
                                if (m.group(g) != null) {
                                    found.add(m.group(g));
                                }
                            }
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return found;
    }
}
