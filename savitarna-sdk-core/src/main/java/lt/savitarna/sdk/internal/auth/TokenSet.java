package lt.savitarna.sdk.internal.auth;

import java.time.Duration;
import java.time.Instant;

/**
 * One generation of a session's tokens. The tokens never leave this class except as the bearer
 * header and the refresh or logout body; {@link #toString()} never shows them.
 */
public final class TokenSet {

    private final String accessToken;
    private final String refreshToken;
    private final Instant accessExpiresAt;
    private final Instant refreshAt;
    private final long generation;

    private TokenSet(String accessToken, String refreshToken, Instant accessExpiresAt, Instant refreshAt,
                     long generation) {
        this.accessToken = accessToken;
        this.refreshToken = refreshToken;
        this.accessExpiresAt = accessExpiresAt;
        this.refreshAt = refreshAt;
        this.generation = generation;
    }

    /**
     * Reads a token answer.
     *
     * @param issuedAt when the request was sent (a conservative start of the lifetime)
     * @param skew     how long before expiry a proactive refresh starts; at most half the lifetime
     *                 is used, so short-lived tokens do not refresh on every call
     */
    static TokenSet from(TokenAnswer answer, Instant issuedAt, Duration skew, long generation) {
        Duration lifetime = Duration.ofSeconds(answer.expiresIn());
        Duration lead = skew.compareTo(lifetime.dividedBy(2)) <= 0 ? skew : lifetime.dividedBy(2);
        Instant expiresAt = issuedAt.plus(lifetime);
        return new TokenSet(answer.accessToken(), answer.refreshToken(), expiresAt, expiresAt.minus(lead), generation);
    }

    /** The value of the {@code Authorization} header. */
    String bearer() {
        return "Bearer " + accessToken;
    }

    String refreshToken() {
        return refreshToken;
    }

    /** Whether a proactive refresh is due at {@code now}. */
    boolean refreshDue(Instant now) {
        return !now.isBefore(refreshAt);
    }

    /** Counts refreshes: generation N+1 replaced generation N. */
    long generation() {
        return generation;
    }

    Instant accessExpiresAt() {
        return accessExpiresAt;
    }

    @Override
    public String toString() {
        return "TokenSet[generation=" + generation + ", accessExpiresAt=" + accessExpiresAt
                + ", accessToken=***, refreshToken=***]";
    }
}
