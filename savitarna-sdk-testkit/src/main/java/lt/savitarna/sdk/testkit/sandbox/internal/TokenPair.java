package lt.savitarna.sdk.testkit.sandbox.internal;

/** What login and refresh hand out. {@link #toString()} never shows the tokens. */
public record TokenPair(String accessToken, long expiresInSeconds, String refreshToken, long refreshExpiresInSeconds,
                        String accountId, boolean identityConfirmed) {

    @Override
    public String toString() {
        return "TokenPair[account=" + accountId + ", expiresIn=" + expiresInSeconds + "]";
    }
}
