package lt.savitarna.sdk.signature;

import java.time.Duration;
import java.util.Objects;

/** Argument checks shared by the request builders. */
final class RequestChecks {

    /** Smart-ID's limit; no provider needs a longer nonce. */
    static final int MAX_NONCE_LENGTH = 30;

    private RequestChecks() {
    }

    static Duration deadline(Duration deadline) {
        Objects.requireNonNull(deadline, "deadline");
        if (deadline.isZero() || deadline.isNegative()) {
            throw new IllegalArgumentException("deadline must be positive: " + deadline);
        }
        return deadline;
    }

    static String nonce(String nonce) {
        Objects.requireNonNull(nonce, "nonce");
        if (nonce.isEmpty() || nonce.length() > MAX_NONCE_LENGTH) {
            throw new IllegalArgumentException("nonce must be 1 to " + MAX_NONCE_LENGTH + " characters");
        }
        return nonce;
    }

    static String text(String text, String name) {
        Objects.requireNonNull(text, name);
        if (text.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return text;
    }
}
