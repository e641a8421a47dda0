package lt.savitarna.sdk.signing;

import java.util.Objects;
import lt.savitarna.sdk.signature.VerificationCode;

/**
 * Computes the Mobile-ID verification code of a hash, as the phone's SIM dialog shows it.
 *
 * <p>The code joins the six most significant bits of the hash's first byte and the seven least
 * significant bits of its last byte into one 13-bit number (0–8191), shown as four digits.
 *
 * <pre>{@code
 * byte[] hash = HexFormat.of().parseHex("2f665f6a6999e0ef0752e00ec9f453adf59d8cb6");
 * MobileIdVerificationCode.of(hash); // 1462
 * }</pre>
 */
public final class MobileIdVerificationCode {

    private MobileIdVerificationCode() {
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
        int firstSixBits = hash[0] & 0xFC;
        int lastSevenBits = hash[hash.length - 1] & 0x7F;
        return VerificationCode.ofNumber((firstSixBits << 5) | lastSevenBits);
    }
}
