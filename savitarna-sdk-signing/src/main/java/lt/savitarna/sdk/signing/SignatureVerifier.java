package lt.savitarna.sdk.signing;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Locale;
import java.util.Objects;
import lt.savitarna.sdk.signature.BadSignatureException;
import lt.savitarna.sdk.signature.HashType;

/**
 * Verifies the signature values that Smart-ID and Mobile-ID return, with the JDK's own providers
 * only.
 *
 * <p>Both services sign a hash that the relying party computed, not a message, so verification
 * works on the hash:
 * <ul>
 *   <li>RSA: PKCS#1 v1.5 over the DER {@code DigestInfo} of the hash
 *       ({@link HashType#digestInfo(byte[])}), checked with {@code NONEwithRSA};</li>
 *   <li>ECDSA: the signature arrives as raw {@code r||s} (IEEE P1363), checked over the hash with
 *       {@code NONEwithECDSAinP1363Format}.</li>
 * </ul>
 * {@link #isValid} picks the scheme from the key, so callers need not trust the algorithm name
 * that came with the signature.
 *
 * <p>A malformed signature (wrong length, bad encoding) is simply not valid: it never escapes
 * as an exception. Programming errors do: a hash of the wrong length for its type, or a key of
 * an unsupported kind, is an {@link IllegalArgumentException}.
 *
 * <!-- sample: SignDigestWithSmartId#verify-signature -->
 * <pre>{@code
 * // The provider has checked it already; a service that stores signatures checks again.
 * PublicKey key = signature.certificate().getPublicKey();
 * boolean valid = SignatureVerifier.isValid(key, toSign.type(), toSign.value(), signature.value());
 * out.println("The signature matches the certificate: " + valid);
 * SignatureVerifier.verify(key, toSign.type(), toSign.value(), signature.value()); // throws if not
 * }</pre>
 */
public final class SignatureVerifier {

    private static final String RSA_OVER_DIGEST_INFO = "NONEwithRSA";
    private static final String ECDSA_RAW_OVER_HASH = "NONEwithECDSAinP1363Format";

    private SignatureVerifier() {
    }

    /**
     * Tells whether a signature over a hash verifies with a key, choosing RSA PKCS#1 v1.5 or
     * ECDSA (raw {@code r||s}) by the key's kind.
     *
     * @param key an RSA or EC public key, usually the signer certificate's
     * @param hashType the type of the hash
     * @param hash the hash that was sent to be signed
     * @param signature the signature value as returned
     * @return true only if the signature verifies
     * @throws IllegalArgumentException if the hash length does not fit its type, or the key is
     *     neither RSA nor EC
     */
    public static boolean isValid(PublicKey key, HashType hashType, byte[] hash, byte[] signature) {
        Objects.requireNonNull(key, "key");
        if (key instanceof RSAPublicKey) {
            return isValidRsaPkcs1(key, hashType, hash, signature);
        }
        if (key instanceof ECPublicKey) {
            return isValidEcdsaP1363(key, hashType, hash, signature);
        }
        throw new IllegalArgumentException("Only RSA and EC keys are supported, not " + key.getAlgorithm());
    }

    /**
     * Like {@link #isValid}, but throws when the signature does not verify.
     *
     * @param key an RSA or EC public key
     * @param hashType the type of the hash
     * @param hash the hash that was sent to be signed
     * @param signature the signature value as returned
     * @throws BadSignatureException if the signature does not verify
     * @throws IllegalArgumentException as {@link #isValid} does
     */
    public static void verify(PublicKey key, HashType hashType, byte[] hash, byte[] signature) {
        if (!isValid(key, hashType, hash, signature)) {
            throw new BadSignatureException(null, "The " + key.getAlgorithm() + " signature over the "
                    + hashType.name() + " hash does not verify with the given key", Locale.ENGLISH);
        }
    }

    /**
     * Tells whether an RSA PKCS#1 v1.5 signature over {@code DigestInfo(hash)} verifies.
     *
     * @param key an RSA public key
     * @param hashType the type of the hash
     * @param hash the hash that was sent to be signed
     * @param signature the signature value
     * @return true only if the signature verifies
     * @throws IllegalArgumentException if the hash length does not fit its type, or the key is not RSA
     */
    public static boolean isValidRsaPkcs1(PublicKey key, HashType hashType, byte[] hash, byte[] signature) {
        requireKind(key, RSAPublicKey.class, "RSA");
        Objects.requireNonNull(hashType, "hashType");
        return verifies(RSA_OVER_DIGEST_INFO, key, hashType.digestInfo(hash), signature);
    }

    /**
     * Tells whether an ECDSA signature in raw {@code r||s} form over the hash verifies.
     *
     * @param key an EC public key
     * @param hashType the type of the hash
     * @param hash the hash that was sent to be signed
     * @param signature the signature value, {@code r} and {@code s} each padded to the curve's size
     * @return true only if the signature verifies
     * @throws IllegalArgumentException if the hash length does not fit its type, or the key is not EC
     */
    public static boolean isValidEcdsaP1363(PublicKey key, HashType hashType, byte[] hash, byte[] signature) {
        requireKind(key, ECPublicKey.class, "EC");
        Objects.requireNonNull(hashType, "hashType");
        hashType.requireDigestLength(hash);
        return verifies(ECDSA_RAW_OVER_HASH, key, hash, signature);
    }

    private static void requireKind(PublicKey key, Class<? extends PublicKey> kind, String name) {
        Objects.requireNonNull(key, "key");
        if (!kind.isInstance(key)) {
            throw new IllegalArgumentException("An " + name + " key is needed, not " + key.getAlgorithm());
        }
    }

    private static boolean verifies(String algorithm, PublicKey key, byte[] signedData, byte[] signature) {
        Objects.requireNonNull(signature, "signature");
        Signature verifier;
        try {
            verifier = Signature.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is missing from this Java platform", e);
        }
        try {
            verifier.initVerify(key);
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("The key cannot verify " + algorithm + " signatures", e);
        }
        try {
            verifier.update(signedData);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            // Providers report a mangled signature in several ways; all mean "does not verify".
            return false;
        }
    }
}
