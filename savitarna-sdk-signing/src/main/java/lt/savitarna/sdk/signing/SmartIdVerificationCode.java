package lt.savitarna.sdk.signing;

import java.util.Objects;
import lt.savitarna.sdk.signature.HashType;
import lt.savitarna.sdk.signature.VerificationCode;

/**
 * Computes the Smart-ID verification code of a hash, as the Smart-ID app shows it.
 *
 * <p>The code is the SHA-256 of the raw hash bytes (whatever algorithm produced the hash), its
 * last two bytes read as an unsigned big-endian number, modulo 10000, shown as four digits.
 *
 * <!-- sample: SignDigestWithSmartId#expected-code -->
 * <pre>{@code
 * // The phone shows a code derived from the hash it signs: show the same one on screen.
 * VerificationCode expected = SmartIdVerificationCode.of(challenge.value());
 * out.println("The login's verification code was " + expected.digits());
 * }</pre>
 */
public final class SmartIdVerificationCode {

    private SmartIdVerificationCode() {
    }

    /**
     * Returns the verification code for the hash that is sent to be signed.
     *
     * @param hash the raw hash bytes (not Base64, not DigestInfo)
     * @return the four-digit code
     * @throws IllegalArgumentException if the hash is empty
     */
    public static VerificationCode of(byte[] hash) {
        Objects.requireNonNull(hash, "hash");
        if (hash.length == 0) {
            throw new IllegalArgumentException("Cannot compute a verification code of an empty hash");
        }
        byte[] digest = HashType.SHA256.digest(hash);
        int lastTwoBytes = ((digest[digest.length - 2] & 0xFF) << 8) | (digest[digest.length - 1] & 0xFF);
        return VerificationCode.ofNumber(lastTwoBytes % 10_000);
    }
}
