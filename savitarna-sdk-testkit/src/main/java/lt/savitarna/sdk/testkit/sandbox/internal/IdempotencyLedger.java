package lt.savitarna.sdk.testkit.sandbox.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code Idempotency-Key} ledger. A key is claimed when a request starts; a repeat of the
 * same request (method, path, body) while it runs gets {@code 409 IDEMPOTENCY_KEY_IN_USE}, after
 * it succeeded gets the stored response replayed; another request with the key gets
 * {@code 422 IDEMPOTENCY_KEY_REUSED}.
 *
 * <p>Only successful (2xx) results are kept. A failed attempt changed nothing (validation,
 * authentication and business rules refuse before any change), so it releases the key and the
 * repeat is processed afresh; this also lets a client refresh an expired token and repeat with
 * the same key, as the contract asks.
 */
public final class IdempotencyLedger {

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    /** What identifies "the same request" for a key. */
    public static String fingerprint(String method, String path, byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return method + ' ' + path + ' ' + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /**
     * Claims {@code key} for a request. Empty: go ahead, then call {@link #complete}. Present:
     * the stored response to replay. Throws the contract's problems for conflicts.
     */
    public Optional<Response> begin(String key, String fingerprint) {
        Entry existing = entries.putIfAbsent(key, new Entry(fingerprint, null));
        if (existing == null) {
            return Optional.empty();
        }
        if (!existing.fingerprint().equals(fingerprint)) {
            throw new ProblemException(Problem.idempotencyKeyReused());
        }
        if (existing.response() == null) {
            throw new ProblemException(Problem.idempotencyKeyInUse());
        }
        return Optional.of(existing.response());
    }

    /** Ends a claim: a success is kept for replay, anything else releases the key. */
    public void complete(String key, Response response) {
        entries.computeIfPresent(key, (k, entry) ->
                response != null && response.isSuccess() ? new Entry(entry.fingerprint(), response) : null);
    }

    public void clear() {
        entries.clear();
    }

    private record Entry(String fingerprint, Response response) {
    }
}
