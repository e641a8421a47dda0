package lt.savitarna.sdk.signature;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The four-digit code that the user sees both on the screen of the relying party and on the phone
 * (Smart-ID app or Mobile-ID SIM dialog) before entering the PIN. Comparing the two is what
 * protects the user from signing someone else's request, so show it prominently.
 *
 * <p>It is derived from the hash being signed: see the signing module's {@code SmartIdVerificationCode}
 * and {@code MobileIdVerificationCode}. It is not a secret, and {@link #toString()} is the code itself.
 *
 * <!-- sample: SignDigestWithSmartId#expected-code -->
 * <pre>{@code
 * // The phone shows a code derived from the hash it signs: show the same one on screen.
 * VerificationCode expected = SmartIdVerificationCode.of(challenge.value());
 * out.println("The login's verification code was " + expected.digits());
 * }</pre>
 *
 * @param digits the code, exactly four ASCII digits, leading zeros kept
 */
public record VerificationCode(String digits) {

    private static final Pattern FOUR_DIGITS = Pattern.compile("[0-9]{4}");

    /**
     * Checks the form of the code.
     *
     * @param digits the code, exactly four ASCII digits
     *
     * @throws IllegalArgumentException if {@code digits} is not four ASCII digits
     */
    public VerificationCode {
        Objects.requireNonNull(digits, "digits");
        if (!FOUR_DIGITS.matcher(digits).matches()) {
            throw new IllegalArgumentException("A verification code is four digits");
        }
    }

    /**
     * Returns the code for a number 0–9999, zero-padded to four digits.
     *
     * @param number the code as a number
     * @return the code
     * @throws IllegalArgumentException if the number is outside 0–9999
     */
    public static VerificationCode ofNumber(int number) {
        if (number < 0 || number > 9999) {
            throw new IllegalArgumentException("A verification code is 0000–9999, not " + number);
        }
        // Locale.ROOT: some default locales would format with non-ASCII digits.
        return new VerificationCode(String.format(Locale.ROOT, "%04d", number));
    }

    /** {@return the four digits} */
    @Override
    public String toString() {
        return digits;
    }
}
