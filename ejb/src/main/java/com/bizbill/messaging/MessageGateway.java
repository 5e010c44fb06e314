package com.bizbill.messaging;

/**
 * Outside party: the text-message gateway (KakaoTalk Alimtalk / SMS / LMS in the style of the
 * Korean bulk-messaging providers). {@code bizbill.messaging.adapter=sandbox} is the default; the
 * HTTP adapter arrives with the notification-billing issue. Accepted is not delivered: the final
 * state of a message comes from the delivery report.
 */
public interface MessageGateway {

    /**
     * Hands an SMS to the gateway.
     *
     * @return the provider's message id
     * @throws com.bizbill.shared.error.BizbillException MESSAGE_FAILED when the gateway refuses it
     */
    String sendSms(String to, String text);
}
