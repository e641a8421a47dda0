package lt.savitarna.sdk.signature.identity;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A phone number in international E.164 form ({@code +37061234567}), as Mobile-ID expects it.
 *
 * <p>{@link #parse(String)} accepts what people type for a Lithuanian number and normalises it:
 * <ul>
 *   <li>{@code +370 612 34567}, {@code 00370 612 34567} or {@code 370 612 34567};</li>
 *   <li>the domestic forms {@code 8 612 34567} and {@code 0 612 34567} (Lithuania's trunk
 *       prefix changes from 8 to 0, and both are in use);</li>
 * </ul>
 * with spaces, dashes, dots, slashes and parentheses anywhere between the digits. A Lithuanian
 * number must have eight digits after {@code 370}, which catches most typing errors.
 *
 * <p>Other countries' numbers are accepted when written internationally ({@code +372 5123 4567}
 * or {@code 00372...}) and form a valid E.164 number, since Mobile-ID also serves Estonia.
 * {@link #isLithuanianMobile()} tells whether the number is a Lithuanian mobile one
 * ({@code ^\+3706\d{7}$}). Bare digits that are neither Lithuanian nor prefixed are refused
 * rather than guessed at.
 *
 * <p>{@link #toString()} masks the middle digits ({@code +370******67}); {@link #value()} gives
 * the whole number for the wire.
 *
 * <!-- sample: IdentityInput#read-phone-number -->
 * <pre>{@code
 * PhoneNumber phoneNumber;
 * try {
 *     phoneNumber = PhoneNumber.parse(typedPhone); // "8 600 00666" becomes +37060000666
 * } catch (InvalidPhoneNumberException e) {
 *     out.println("Phone number: " + e.getLocalizedMessage()); // never repeats the input
 *     return Optional.empty();
 * }
 * if (!phoneNumber.isLithuanianMobile()) {
 *     out.println("Phone number " + phoneNumber + " is valid, but not a Lithuanian mobile number");
 * }
 * }</pre>
 */
public final class PhoneNumber {

    private static final Pattern E164_DIGITS = Pattern.compile("[1-9]\\d{6,14}");
    private static final Pattern LITHUANIAN_MOBILE = Pattern.compile("\\+3706\\d{7}");
    private static final String LITHUANIA = "370";
    private static final int LITHUANIAN_NATIONAL_LENGTH = 8;
    private static final int DOMESTIC_LENGTH = 1 + LITHUANIAN_NATIONAL_LENGTH;

    private final String value;

    private PhoneNumber(String value) {
        this.value = value;
    }

    /**
     * Parses a phone number and normalises it to E.164.
     *
     * @param text the number as typed
     * @return the number
     * @throws InvalidPhoneNumberException if the text is not a number of an accepted form
     * @throws NullPointerException if {@code text} is null
     */
    public static PhoneNumber parse(String text) {
        Objects.requireNonNull(text, "phone number");
        String compact = compact(text);
        String digits;
        if (compact.startsWith("+")) {
            digits = compact.substring(1);
        } else if (compact.startsWith("00")) {
            digits = compact.substring(2);
        } else if (compact.length() == DOMESTIC_LENGTH && (compact.charAt(0) == '8' || compact.charAt(0) == '0')) {
            digits = LITHUANIA + compact.substring(1);
        } else if (compact.startsWith(LITHUANIA)) {
            digits = compact;
        } else {
            throw new InvalidPhoneNumberException(
                    "A phone number must be international (+370 6xx xxxxx, +372 ...) or Lithuanian domestic"
                            + " (8 6xx xxxxx or 0 6xx xxxxx)");
        }
        if (digits.startsWith(LITHUANIA) && digits.length() != LITHUANIA.length() + LITHUANIAN_NATIONAL_LENGTH) {
            throw new InvalidPhoneNumberException(
                    "A Lithuanian phone number has exactly 8 digits after +370 (got "
                            + (digits.length() - LITHUANIA.length()) + ")");
        }
        if (!E164_DIGITS.matcher(digits).matches()) {
            throw new InvalidPhoneNumberException(
                    "An international phone number has 7 to 15 digits after the +, the first of them not 0 (got "
                            + digits.length() + ")");
        }
        return new PhoneNumber("+" + digits);
    }

    /**
     * Tells whether {@link #parse(String)} would accept the text.
     *
     * @param text the number to check, may be null
     * @return true if the text is an acceptable phone number
     */
    public static boolean isValid(String text) {
        if (text == null) {
            return false;
        }
        try {
            parse(text);
            return true;
        } catch (InvalidPhoneNumberException e) {
            return false;
        }
    }

    /** {@return the number in E.164 form, e.g. {@code +37061234567}} Do not log it. */
    public String value() {
        return value;
    }

    /** {@return whether this is a Lithuanian mobile number, {@code +3706} and seven digits} */
    public boolean isLithuanianMobile() {
        return LITHUANIAN_MOBILE.matcher(value).matches();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PhoneNumber && ((PhoneNumber) other).value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** {@return the number with its middle digits masked, e.g. {@code +370******67}} */
    @Override
    public String toString() {
        return "+" + Masking.keepEnds(value.substring(1), 3, 2);
    }

    /** Drops separators; keeps digits and one leading plus; refuses anything else. */
    private static String compact(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean digitSeen = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                out.append(c);
                digitSeen = true;
            } else if (c == '+' && !digitSeen && out.length() == 0) {
                out.append(c);
            } else if (!isSeparator(c)) {
                throw new InvalidPhoneNumberException(c == '+'
                        ? "A phone number may have a + only at its start"
                        : "A phone number may contain only digits, a leading + and the separators space - . / ( )");
            }
        }
        if (!digitSeen) {
            throw new InvalidPhoneNumberException("A phone number must contain digits");
        }
        return out.toString();
    }

    private static boolean isSeparator(char c) {
        return c == '-' || c == '.' || c == '/' || c == '(' || c == ')' || Character.isWhitespace(c)
                || Character.isSpaceChar(c);
    }
}
