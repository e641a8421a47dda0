package lt.savitarna.sdk.testkit.sandbox.internal;

/** How a route treats the {@code Idempotency-Key} header. */
public enum Idempotency {
    /** The header is ignored. */
    NONE,
    /** When present, the ledger applies. */
    OPTIONAL,
    /** Missing is {@code 400 VALIDATION_FAILED}; the ledger applies. */
    REQUIRED
}
