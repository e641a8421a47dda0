package lt.savitarna.sdk.internal.auth;

import jakarta.json.JsonObject;
import lt.savitarna.sdk.internal.json.JsonFields;
import lt.savitarna.sdk.internal.json.MalformedJsonException;

/**
 * The token answer of login and refresh. Its {@link #toString()} never shows the tokens.
 *
 * @param accessToken       the bearer token
 * @param expiresIn         the access token's lifetime in seconds
 * @param refreshToken      the refresh token (rotated on every refresh)
 * @param refreshExpiresIn  the refresh token's lifetime in seconds, or {@code null}
 * @param accountId         the account id, or {@code null}
 * @param identityConfirmed whether the identity is confirmed, or {@code null} when not said
 */
public record TokenAnswer(String accessToken, long expiresIn, String refreshToken, Long refreshExpiresIn,
                          String accountId, Boolean identityConfirmed) {

    /** Reads the answer; both tokens and the lifetime are required. */
    public static TokenAnswer read(JsonObject o) {
        Long expiresIn = JsonFields.longValue(o, "expiresIn");
        if (expiresIn == null || expiresIn < 0) {
            throw new MalformedJsonException("token answer without a valid expiresIn");
        }
        return new TokenAnswer(JsonFields.requiredString(o, "accessToken"), expiresIn,
                JsonFields.requiredString(o, "refreshToken"), JsonFields.longValue(o, "refreshExpiresIn"),
                JsonFields.string(o, "accountId"), JsonFields.bool(o, "identityConfirmed"));
    }

    @Override
    public String toString() {
        return "TokenAnswer[accessToken=***, expiresIn=" + expiresIn + ", refreshToken=***, refreshExpiresIn="
                + refreshExpiresIn + ", accountId=" + accountId + ", identityConfirmed=" + identityConfirmed + "]";
    }
}
