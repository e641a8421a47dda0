package lt.savitarna.sdk.testkit.sandbox.internal;

/** What the store knows about an access token. {@code accountId} is {@code null} for an unknown token. */
public record AccessCheck(Status status, String accountId) {

    /** The token's state, in the order the contract's 401 codes need them. */
    public enum Status {
        VALID, EXPIRED, REVOKED, UNKNOWN
    }
}
