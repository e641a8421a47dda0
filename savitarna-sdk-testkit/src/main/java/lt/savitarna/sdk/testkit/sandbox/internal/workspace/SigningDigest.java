package lt.savitarna.sdk.testkit.sandbox.internal.workspace;

/**
 * The digest a signer signs in the sandbox.
 *
 * <p>Scheme: {@code digest = SHA-256(file bytes ‖ DER of the signing certificate)}, where the
 * file is the document's file as served by {@code .../content} at the revision the signature was
 * prepared for. The signature value is then an ordinary signature over that digest: RSA PKCS#1
 * v1.5 over the SHA-256 {@code DigestInfo}, RSASSA-PSS (MGF1 with SHA-256), or ECDSA as raw
 * {@code r‖s}; i.e. what {@code SHA256withRSA} (or {@code SHA256withRSAandMGF1},
 * {@code SHA256withECDSAinP1363Format}) produces over {@code file ‖ certificate}.
 *
 * <p>Why not XAdES's real digest (over the canonicalised {@code SignedInfo})? The sandbox must be
 * easy to reproduce in a test with a few lines of JDK code, and it keeps the two properties that
 * matter: the signature covers exactly the bytes the signer could download, and it is bound to
 * the certificate presented in step one, as XAdES's {@code SigningCertificate} property binds it.
 * Clients must treat the digest as opaque anyway.
 */
public final class SigningDigest {

    public static final String ALGORITHM = "SHA256";

    private SigningDigest() {
    }

    /** The digest over {@code file} followed by {@code certificateDer}, without reading the file again. */
    public static byte[] of(FileContent file, byte[] certificateDer) {
        return file.digests().sha256WithSuffix(certificateDer);
    }
}
