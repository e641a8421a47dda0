package lt.savitarna.sdk.signing;

/**
 * What a signer certificate is used for, which decides the key usage it must have.
 *
 * <!-- sample: SignDigestWithSmartId#validate-certificate -->
 * <pre>{@code
 * CertificateValidator validator = CertificateValidator.builder()
 *         .trustAnchors(TrustAnchors.fromPem(trustAnchorsPem)) // e.g. SK's published intermediates
 *         .build();
 * try {
 *     NationalIdentity signer = validator.validate(signature.certificate(), CertificatePurpose.SIGNING,
 *             NationalIdentity.of(PersonalCode.parse(DEMO_PERSONAL_CODE)), smartId.name());
 *     out.println("The certificate is trusted, fit for signing and names " + signer);
 * } catch (ResponseValidationException e) { // expired, untrusted, wrong key usage or another person
 *     out.println("Certificate rejected: " + e.getMessage());
 *     throw e;
 * }
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
