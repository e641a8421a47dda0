package lt.savitarna.sdk.signing;

/**
 * Thrown by {@link SignatureVerifier#verify} when a signature does not verify: the signature
 * value, the key and the hash do not belong together. A response carrying such a signature must
 * not be trusted.
 *
 * <pre>{@code
 * try {
 *     SignatureVerifier.verify(certificate.getPublicKey(), HashType.SHA256, hash, signatureValue);
 * } catch (InvalidSignatureException e) {
 *     // reject the authentication
 * }
 * }</pre>
 */
public final class InvalidSignatureException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    InvalidSignatureException(String message) {
        super(message);
    }
}
