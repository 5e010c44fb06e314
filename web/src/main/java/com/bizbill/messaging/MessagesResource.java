package com.bizbill.messaging;

import com.bizbill.identity.ApiCallerHolder;
import com.bizbill.shared.api.IdempotentCall;
import com.bizbill.shared.api.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A partner store's system sends Alimtalk / SMS / LMS (NB-USE-1) with the store's API key. Every send
 * needs an {@code Idempotency-Key}: the same key with the same body answers the first result again and
 * sends nothing twice; with another body, 422. Accepted is not delivered: usage is billed once the
 * delivery report says delivered. A send whose answer from the gateway was lost is answered UNKNOWN
 * (not an error: retrying could deliver it twice) and settled by its delivery report.
 */
@Path("messages")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "messages", description = "Alimtalk / SMS / LMS sent by a partner store (billed monthly)")
public class MessagesResource {

    static final String SEND = "POST /messages";
    static final String BATCH = "POST /messages/batch";
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    MessageSending sending;

    @Inject
    IdempotentCall idempotent;

    @Inject
    ApiCallerHolder caller;

    @POST
    @Operation(summary = "Send one message",
            description = "type ALIMTALK needs templateCode; fallback=true sends the text as SMS (≤90 bytes) or LMS "
                    + "should the Alimtalk fail, and then the fallback is what is billed. Requires Idempotency-Key.")
    @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, required = true)
    @APIResponse(responseCode = "202", description = "accepted by the gateway (status ACCEPTED until its delivery "
            + "report); status UNKNOWN when the gateway's answer was lost: do not send it again, its delivery report "
            + "decides (billed only if delivered), and messageId is then Bizbill's own reference",
            content = @Content(schema = @Schema(implementation = MessageView.class)))
    @APIResponse(responseCode = "400", description = "bad fields or missing Idempotency-Key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "key reused with another body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "502", description = "the gateway refused the message (nothing billed)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response send(@HeaderParam("Idempotency-Key") String key, MessageBody body) {
        long store = caller.get().organisationId();
        MessageSending.SendRequest request = (body == null ? new MessageBody() : body).toRequest();
        // issue 13 §4: the message is item 0 of its key, so a repeat after a failure never sends it twice
        return idempotent.items("org:" + store, SEND, key, JSON.toJson(body), 202,
                log -> MessageView.of(sending.send(store, request, log)));
    }

    @POST
    @Path("batch")
    @Operation(summary = "Send up to 1,000 messages; each is judged on its own",
            description = "The answer lists every message's outcome in order: accepted with its id, or the reason. "
                    + "Requires Idempotency-Key (the whole batch is answered again for a repeat). Each message is "
                    + "recorded before it is sent: a repeat of a batch that failed midway answers the messages already "
                    + "sent, sends only those never started, and answers one that may have reached the gateway with "
                    + "errorCode IDEMPOTENCY_OUTCOME_UNKNOWN instead of sending it twice.")
    @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, required = true)
    @APIResponse(responseCode = "200", description = "one result per message",
            content = @Content(schema = @Schema(implementation = BatchView.class)))
    @APIResponse(responseCode = "400", description = "no messages, more than 1,000, a null message, or missing "
            + "Idempotency-Key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response batch(@HeaderParam("Idempotency-Key") String key, BatchBody body) {
        long store = caller.get().organisationId();
        List<MessageSending.SendRequest> requests = body == null || body.messages == null ? List.of()
                : body.messages.stream().map(MessageBody::toRequest).toList();
        // issue 13 §4: each message is recorded before it is sent; a repeat of a batch that failed midway sends
        // and bills none of them twice
        return idempotent.items("org:" + store, BATCH, key, JSON.toJson(body), 200, log -> {
            List<ResultView> results = sending.sendBatch(store, requests, log).stream().map(ResultView::of).toList();
            return new BatchView(results.size(), (int) results.stream().filter(r -> r.message() != null).count(),
                    results);
        });
    }

    /** One message as the partner sends it. */
    public static class MessageBody {
        @Schema(description = "ALIMTALK, SMS or LMS", example = "ALIMTALK", required = true)
        public String type;
        @Schema(description = "the recipient's mobile number (010, 011, 016-019): 01012345678, 010-1234-5678 "
                + "or +82 10-1234-5678", example = "010-1234-5678", required = true)
        public String to;
        @Schema(description = "the text (SMS ≤ 90 bytes, LMS/Alimtalk ≤ 2,000 bytes)", required = true)
        public String text;
        @Schema(description = "Kakao template code (ALIMTALK only)", example = "ORDER_READY")
        public String templateCode;
        @Schema(description = "send as SMS/LMS should the Alimtalk fail")
        public Boolean fallback;

        MessageSending.SendRequest toRequest() {
            MessageType t;
            try {
                t = type == null ? null : MessageType.valueOf(type.trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                t = null;
            }
            return new MessageSending.SendRequest(t, to, text, templateCode, Boolean.TRUE.equals(fallback));
        }
    }

    public static class BatchBody {
        public List<MessageBody> messages;
    }

    public record MessageView(String messageId, String type, String status, Instant acceptedAt, Long fallbackOf) {
        static MessageView of(UsageRecord r) {
            return new MessageView(r.getProviderMessageId(), r.getType().name(), r.getStatus().name(), r.getSentAt(),
                    r.getFallbackOf());
        }
    }

    public record ResultView(int index, MessageView message, String errorCode, String error) {
        static ResultView of(MessageSending.Sent s) {
            // issue 15 §2: a refused item's field errors in English words (the batch answer is replayed as stored)
            String error = s.fieldErrors().isEmpty() ? s.error() : s.fieldErrors().stream()
                    .map(f -> f.field() + ": " + com.bizbill.shared.web.FieldMessages.words(java.util.Locale.ENGLISH, f))
                    .collect(java.util.stream.Collectors.joining("; "));
            return new ResultView(s.index(), s.accepted() ? MessageView.of(s.record()) : null, s.errorCode(), error);
        }
    }

    public record BatchView(int count, int accepted, List<ResultView> results) {
    }
}
