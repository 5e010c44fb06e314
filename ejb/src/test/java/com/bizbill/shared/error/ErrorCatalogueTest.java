package com.bizbill.shared.error;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizbill.billing.BillingException;
import com.bizbill.identity.IdentityException;
import com.bizbill.ledger.LedgerException;
import com.bizbill.messaging.MessagingException;
import com.bizbill.shared.jobs.JobException;
import com.bizbill.support.SupportException;
import com.bizbill.usage.UsageException;
import com.bizbill.wallet.WalletException;
import java.net.URI;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue 15 §2: one catalogue; every code has its context, status and type URI; a context speaks only its own codes. */
class ErrorCatalogueTest {

    @Test
    void issue15_2_everyCodeHasAContextAnHttpStatusAndAUniqueTypeUri() {
        Set<String> types = new HashSet<>();
        for (ErrorCode c : ErrorCode.values()) {
            assertNotNull(c.context(), c + " has a context");
            assertTrue(c.httpStatus() >= 400 && c.httpStatus() <= 599, c + " answers with an error status");
            URI type = URI.create(c.typeUri());
            assertTrue(type.isAbsolute() && type.getPath().startsWith("/problems/"), c + ": " + type);
            assertTrue(types.add(c.typeUri()), c + "'s type URI is its own");
            assertEquals("error." + c.name(), c.messageKey());
        }
    }

    @Test
    void issue15_2_genericCodesAreCommonAndTheRestBelongToAContext() {
        for (ErrorCode c : new ErrorCode[] {ErrorCode.VALIDATION_FAILED, ErrorCode.NOT_FOUND, ErrorCode.CONFLICT,
                ErrorCode.UNPROCESSABLE, ErrorCode.FORBIDDEN}) {
            assertEquals(ErrorContext.COMMON, c.context());
        }
        assertEquals(ErrorContext.IDENTITY, ErrorCode.MEMBER_TRANSITION_REFUSED.context());
        assertEquals(ErrorContext.BILLING, ErrorCode.INVOICE_NOT_FOUND.context());
        assertEquals(ErrorContext.USAGE, ErrorCode.USAGE_BILL_NOT_PAYABLE.context());
        assertEquals(ErrorContext.WALLET, ErrorCode.WALLET_INSUFFICIENT_BALANCE.context());
        assertEquals(ErrorContext.JOBS, ErrorCode.JOB_RUN_NOT_FOUND.context());
    }

    @Test
    void issue15_2_aContextExceptionRefusesAnotherContextsCodeButTakesCommonOnes() {
        assertThrows(IllegalArgumentException.class, () -> new BillingException(ErrorCode.MEMBER_NOT_FOUND, "x"));
        assertThrows(IllegalArgumentException.class, () -> new IdentityException(ErrorCode.INVOICE_NOT_FOUND, "x"));
        assertThrows(IllegalArgumentException.class, () -> new WalletException(ErrorCode.LEDGER_UNKNOWN_ACCOUNT, "x"));
        assertThrows(IllegalArgumentException.class, () -> new LedgerException(ErrorCode.CHARGE_NOT_FOUND, "x"));
        assertThrows(IllegalArgumentException.class, () -> new UsageException(ErrorCode.JOB_UNKNOWN, "x"));
        assertThrows(IllegalArgumentException.class, () -> new MessagingException(ErrorCode.PAYMENT_DECLINED, "x"));
        assertThrows(IllegalArgumentException.class, () -> new JobException(ErrorCode.MESSAGE_FAILED, "x"));
        assertThrows(IllegalArgumentException.class, () -> new SupportException(ErrorCode.REFUND_NOT_FOUND, "x"));
        assertThrows(IllegalArgumentException.class, () -> IdentityException.field(ErrorCode.VIRTUAL_ACCOUNT_TAKEN, "f", "k"));

        assertEquals(ErrorCode.VALIDATION_FAILED, new BillingException(ErrorCode.VALIDATION_FAILED, "x").getCode());
        assertEquals(ErrorCode.FORBIDDEN, new IdentityException(ErrorCode.FORBIDDEN, "x").getCode());
        assertEquals(ErrorCode.INVOICE_NOT_FOUND, new BillingException(ErrorCode.INVOICE_NOT_FOUND, "x").getCode());
        // the payment gateway is shared by the contexts that take money through it
        assertDoesNotThrow(() -> new WalletException(ErrorCode.PAYMENT_DECLINED, "x"));
        assertDoesNotThrow(() -> new BillingException(ErrorCode.CARD_NOT_REGISTERED, "x"));
        assertDoesNotThrow(() -> new UsageException(ErrorCode.CARD_NOT_REGISTERED, "x"));
        assertThrows(IllegalArgumentException.class, () -> new IdentityException(ErrorCode.PAYMENT_DECLINED, "x"));
    }
}
