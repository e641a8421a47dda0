package lt.savitarna.sdk.signing;

import java.util.Objects;
import lt.savitarna.sdk.signature.VerificationCode;

/**
 * Computes the Mobile-ID verification code of a hash, as the phone's SIM dialog shows it.
 *
 * <p>The code joins the six most significant bits of the hash's first byte and the seven least
 * significant bits of its last byte into one 13-bit number (0–8191), shown as four digits.
 *
 * <!-- sample: SignDigestWithSmartId#mobile-id-login -->
 * <pre>{@code
 * SignerIdentity ona = SignerIdentity.mobileId(PhoneNumber.parse(MOBILE_ID_PHONE_NUMBER),
 *         PersonalCode.parse(MOBILE_ID_PERSONAL_CODE));
 * Digest challenge = Digest.random(HashType.SHA256);
 * out.println("Mobile-ID code to compare: " + MobileIdVerificationCode.of(challenge.value()));
 * Authentication authentication = mobileId.authenticate(
 *         AuthenticationRequest.builder(ona, challenge).displayText(text.text()).build(), listener);
 * out.println("Logged in with Mobile-ID: " + authentication.identity());
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
