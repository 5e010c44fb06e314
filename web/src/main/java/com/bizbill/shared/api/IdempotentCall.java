package com.bizbill.shared.api;

import com.bizbill.shared.error.TransientFailures;
import com.bizbill.shared.idempotency.IdempotencyKeys;
import com.bizbill.shared.idempotency.ItemLog;
import com.bizbill.shared.idempotency.SideEffects;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * design.md "Idempotency" for the API's POSTs that move money or send: the key is bound to the caller,
 * the endpoint and a fingerprint of the request. The first call runs and its answer is kept; the same
 * key and request again get that answer (header {@code Idempotent-Replayed: true}) without running; the
 * same key with another request is refused (422).
 *
 * <p>Issue 13 §4: a call that failed before any side effect ({@link SideEffects}) frees its key; one that
 * failed after a side effect keeps it (INTERRUPTED), and a repeat of the same request runs the work again,
 * which must therefore do nothing twice: the wallet charge finds its charge by its request key, a batch
 * finds its items in the {@link ItemLog} it is given.
 */
@ApplicationScoped
public class IdempotentCall {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    IdempotencyKeys keys;

    /**
     * @param who         the caller ("org:{id}")
     * @param request     the canonical request (its fingerprint is kept with the key)
     * @param status      the HTTP status of a first, successful answer
     * @param work        what the call does, safe to run again after a partial failure; its result is
     *                    answered as JSON
     */
    public Response once(String who, String endpoint, String key, String request, int status, Supplier<Object> work) {
        return items(who, endpoint, key, request, status, log -> work.get());
    }

    /**
     * A call whose work records its items in the given log (issue 13 §4), so that a repeat after a
     * failure midway does none of the items that were done or may have been done.
     */
    public Response items(String who, String endpoint, String key, String request, int status,
                          Function<ItemLog, Object> work) {
        IdempotencyKeys.requireKey(key);
        String fingerprint = IdempotencyKeys.fingerprint(request);
        IdempotencyKeys.Claim claim;
        try {
            // safe to repeat: finds the row or inserts it (issue 13 §6: a lock refusal is retried here)
            claim = TransientFailures.retry(() -> keys.claim(who, endpoint, key, fingerprint));
        } catch (EJBException e) {
            claim = TransientFailures.retry(() -> keys.claim(who, endpoint, key, fingerprint)); // a concurrent twin won
        }
        if (claim.isReplay()) {
            return Response.status(claim.replay().getHttpStatus()).type(MediaType.APPLICATION_JSON)
                    .header("Idempotent-Replayed", "true").entity(claim.replay().getResponseBody()).build();
        }
        long recordId = claim.recordId();
        Object result;
        try (SideEffects.Scope effects = SideEffects.open()) {
            try {
                result = work.apply(new RecordedItems(keys, recordId));
            } catch (RuntimeException e) {
                if (effects.any() || claim.resumed()) {
                    // issue 13 §4: something already happened; a repeat resumes and does nothing twice
                    TransientFailures.retry(() -> {
                        keys.interrupt(recordId);
                        return null;
                    });
                } else {
                    keys.release(recordId); // nothing happened: the key may be used again
                }
                throw e;
            }
        }
        String json = JSON.toJson(result);
        TransientFailures.retry(() -> {
            keys.finish(recordId, status, json);
            return null;
        });
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(json).build();
    }

    /** The items of one keyed call, each write committed on its own (retried: both are safe to repeat). */
    private record RecordedItems(IdempotencyKeys keys, long recordId) implements ItemLog {

        @Override
        public Optional<Outcome> start(int index) {
            try {
                return TransientFailures.retry(() -> keys.startItem(recordId, index));
            } catch (EJBException e) {
                return TransientFailures.retry(() -> keys.startItem(recordId, index));
            }
        }

        @Override
        public void finish(int index, Long resultId, String errorCode, String error) {
            TransientFailures.retry(() -> {
                keys.finishItem(recordId, index, resultId, errorCode, error);
                return null;
            });
        }
    }
}
