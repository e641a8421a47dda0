package lt.savitarna.sdk.signing;

/**
 * What a signer certificate is used for, which decides the key usage it must have.
 *
 * <pre>{@code
 * validator.validate(certificate, CertificatePurpose.AUTHENTICATION, expectedIdentity, "smart-id");
 * }</pre>
 */
public enum CertificatePurpose {
    /** Authentication: the certificate must allow {@code digitalSignature}. */
    AUTHENTICATION(0, "digitalSignature"),
    /** Signing documents: the certificate must allow {@code nonRepudiation} (content commitment). */
    SIGNING(1, "nonRepudiation");

    private final int keyUsageBit;
    private final String keyUsageName;

    CertificatePurpose(int keyUsageBit, String keyUsageName) {
        this.keyUsageBit = keyUsageBit;
        this.keyUsageName = keyUsageName;
    }

    /** {@return the index of the required bit in {@code X509Certificate.getKeyUsage()}} */
    int keyUsageBit() {
        return keyUsageBit;
    }

    /** {@return the name of the required key usage, e.g. {@code nonRepudiation}} */
    public String keyUsageName() {
        return keyUsageName;
    }
}
