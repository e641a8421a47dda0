package lt.savitarna.sdk.testkit.sk.internal;

/** What a person's key is for: each person holds one authentication and one signing key. */
public enum KeyPurpose {
    /** Logging in: key usage {@code digitalSignature}. */
    AUTHENTICATION,
    /** Signing documents: key usage {@code nonRepudiation}. */
    SIGNING
}
