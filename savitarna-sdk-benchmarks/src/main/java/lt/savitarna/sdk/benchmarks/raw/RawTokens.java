package lt.savitarna.sdk.benchmarks.raw;

/** The login answer, as far as the raw path needs it. */
public class RawTokens {
    public String tokenType;
    public String accessToken;
    public long expiresIn;
    public String refreshToken;
}
