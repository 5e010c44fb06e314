package com.bizbill.shared.api;

import com.bizbill.shared.idempotency.IdempotencyKeys;
import com.bizbill.shared.idempotency.IdempotencyRecord;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * design.md "Idempotency" for the API's POSTs that move money or send: the key is bound to the caller,
 * the endpoint and a fingerprint of the request. The first call runs and its answer is kept; the same
 * key and request again get that answer (header {@code Idempotent-Replayed: true}) without running; the
 * same key with another request is refused (422); a call that failed before anything happened frees
 * its key.
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
     * @param work        what the call does; its result is answered as JSON
     */
    public Response once(String who, String endpoint, String key, String request, int status, Supplier<Object> work) {
        String fingerprint = IdempotencyKeys.fingerprint(request);
        Optional<IdempotencyRecord> replay;
        try {
            replay = keys.claim(who, endpoint, key, fingerprint);
        } catch (EJBException e) {
            replay = keys.claim(who, endpoint, key, fingerprint); // a concurrent twin claimed it first
        }
        if (replay.isPresent()) {
            return Response.status(replay.get().getHttpStatus()).type(MediaType.APPLICATION_JSON)
                    .header("Idempotent-Replayed", "true").entity(replay.get().getResponseBody()).build();
        }
        Object result;
        try {
            result = work.get();
        } catch (RuntimeException e) {
            keys.release(who, endpoint, key); // nothing happened: the key may be used again
            throw e;
        }
        String json = JSON.toJson(result);
        keys.finish(who, endpoint, key, status, json);
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(json).build();
    }
}
