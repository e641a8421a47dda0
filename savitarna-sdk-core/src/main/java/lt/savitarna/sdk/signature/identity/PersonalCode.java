package lt.savitarna.sdk.signature.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import lt.savitarna.sdk.signature.identity.InvalidPersonalCodeException.Reason;

/**
 * A Lithuanian personal code (asmens kodas), validated as a person would type it.
 *
 * <p>The code has eleven digits {@code GYYMMDDNNNC}: {@code G} gives the century of birth and the
 * sex (1/2 the 1800s, 3/4 the 1900s, 5/6 the 2000s; odd male, even female), {@code YYMMDD} the
 * birth date, {@code NNN} a serial number and {@code C} a check digit over the first ten digits.
 *
 * <p>The law allows two kinds of exceptional codes, and {@link #parse(String)} accepts both
 * without a birth date. Which checks apply to which kind:
 * <table>
 *   <caption>Checks applied by {@code parse}</caption>
 *   <tr><th>kind</th><th>11 digits</th><th>century digit</th><th>date</th><th>check digit</th></tr>
 *   <tr><td>ordinary, e.g. {@code 33309240064}</td><td>yes</td><td>1–6</td>
 *       <td>a real calendar date</td><td>yes</td></tr>
 *   <tr><td>month and/or day {@code 00} (date partly unknown), e.g. {@code 38200001230}</td>
 *       <td>yes</td><td>1–6</td><td>month 00–12, day 00–31; a known day must fit a known month
 *       </td><td>yes</td></tr>
 *   <tr><td>first digit {@code 9}, e.g. {@code 91234567895}</td><td>yes</td><td>9</td>
 *       <td>none: the digits carry no date</td><td>yes</td></tr>
 * </table>
 * The check digit is computed from the digits alone, so it applies to exceptional codes as well.
 * Birth dates in the future are not rejected: that needs a clock, and a caller that cares can
 * compare {@link #birthDate()} itself.
 *
 * <p>Identities read from a signer's certificate are a different matter: the certificate
 * authority has already established them, so {@link #fromCertificateSerial(String)} never
 * rejects one on checksum grounds.
 *
 * <p>{@link #toString()} shows only the first and the last digit ({@code 3*********4}), so a
 * {@code PersonalCode} can safely appear in logs; {@link #value()} gives the whole code for the
 * wire.
 *
 * <!-- sample: IdentityInput#read-personal-code -->
 * <pre>{@code
 * PersonalCode personalCode;
 * try {
 *     personalCode = PersonalCode.parse(typedCode); // surrounding spaces are ignored
 * } catch (InvalidPersonalCodeException e) {
 *     // reason() names the rule that failed: FORMAT, CENTURY, DATE or CHECK_DIGIT
 *     out.println("Personal code: " + e.getLocalizedMessage() + " (" + e.reason() + ")");
 *     return Optional.empty();
 * }
 * }</pre>
 */
public final class PersonalCode {

    private static final int LENGTH = 11;
    private static final int[] FIRST_WEIGHTS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 1};
    private static final int[] SECOND_WEIGHTS = {3, 4, 5, 6, 7, 8, 9, 1, 2, 3};
    private static final char EXCEPTIONAL_FIRST_DIGIT = '9';

    private final String value;
    private final LocalDate birthDate;
    private final Sex sex;

    private PersonalCode(String value, LocalDate birthDate, Sex sex) {
        this.value = value;
        this.birthDate = birthDate;
        this.sex = sex;
    }

    /**
     * Parses and validates a personal code that a person typed. Surrounding whitespace is
     * ignored; anything else that is not a digit is not.
     *
     * @param text the code, eleven digits
     * @return the validated code
     * @throws InvalidPersonalCodeException if the code is not acceptable; its reason says why
     * @throws NullPointerException if {@code text} is null
     */
    public static PersonalCode parse(String text) {
        Objects.requireNonNull(text, "personal code");
        String code = text.strip();
        if (code.length() != LENGTH || !isAsciiDigits(code)) {
            throw new InvalidPersonalCodeException(Reason.FORMAT,
                    "A Lithuanian personal code must be exactly 11 digits (got " + code.length()
                            + " characters" + (isAsciiDigits(code) ? "" : ", not all digits") + ")");
        }
        char first = code.charAt(0);
        LocalDate birthDate = null;
        Sex sex = null;
        if (first != EXCEPTIONAL_FIRST_DIGIT) {
            int century = centuryOf(first);
            birthDate = birthDateOf(code, century);
            sex = (first - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
        }
        if (code.charAt(LENGTH - 1) - '0' != checkDigit(code)) {
            throw new InvalidPersonalCodeException(Reason.CHECK_DIGIT,
                    "The last digit of the personal code does not match the check digit of the first ten;"
                            + " the code probably has a typing error");
        }
        return new PersonalCode(code, birthDate, sex);
    }

    /**
     * Tells whether {@link #parse(String)} would accept the text.
     *
     * @param text the code to check, may be null
     * @return true if the text is an acceptable personal code
     */
    public static boolean isValid(String text) {
        if (text == null) {
            return false;
        }
        try {
            parse(text);
            return true;
        } catch (InvalidPersonalCodeException e) {
            return false;
        }
    }

    /**
     * Reads the identity in a signer certificate's subject {@code serialNumber}, such as
     * {@code PNOLT-30303039914}, {@code PNOEE-38001085718} or {@code IDCLT-...}. The code is taken
     * as the certificate states it: no check digit or date is validated.
     *
     * @param serialNumber the subject serial number in ETSI EN 319 412-1 form
     * @return the identity it names
     * @throws InvalidPersonalCodeException with reason {@code FORMAT} if the text is not of that form
     * @see NationalIdentity#parse(String)
     */
    public static NationalIdentity fromCertificateSerial(String serialNumber) {
        return NationalIdentity.parse(serialNumber);
    }

    /** {@return the whole code, eleven digits, as it goes on the wire} Do not log it. */
    public String value() {
        return value;
    }

    /**
     * {@return the birth date the code encodes, or empty for an exceptional code that carries
     * none (first digit 9, or month or day 00)}
     */
    public Optional<LocalDate> birthDate() {
        return Optional.ofNullable(birthDate);
    }

    /** {@return the sex the first digit encodes, or empty for a code starting with 9} */
    public Optional<Sex> sex() {
        return Optional.ofNullable(sex);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PersonalCode && ((PersonalCode) other).value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** {@return the code with all but its first and last digit masked, e.g. {@code 3*********4}} */
    @Override
    public String toString() {
        return Masking.keepEnds(value, 1, 1);
    }

    /** Computes the check digit over the first ten digits of {@code digits}. */
    static int checkDigit(String digits) {
        int remainder = weightedSum(digits, FIRST_WEIGHTS) % 11;
        if (remainder != 10) {
            return remainder;
        }
        remainder = weightedSum(digits, SECOND_WEIGHTS) % 11;
        return remainder == 10 ? 0 : remainder;
    }

    private static int weightedSum(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum;
    }

    private static int centuryOf(char first) {
        switch (first) {
            case '1':
            case '2':
                return 1800;
            case '3':
            case '4':
                return 1900;
            case '5':
            case '6':
                return 2000;
            default:
                throw new InvalidPersonalCodeException(Reason.CENTURY,
                        "The first digit of a personal code must be 1–6 (century and sex) or 9 (exceptional code)");
        }
    }

    /** Returns the birth date, or null when the month or day is legally unknown (00). */
    private static LocalDate birthDateOf(String code, int century) {
        int year = century + Integer.parseInt(code.substring(1, 3));
        int month = Integer.parseInt(code.substring(3, 5));
        int day = Integer.parseInt(code.substring(5, 7));
        if (month > 12) {
            throw new InvalidPersonalCodeException(Reason.DATE,
                    "The birth month in the personal code (digits 4–5) must be 01–12, or 00 when unknown");
        }
        if (day > 31) {
            throw new InvalidPersonalCodeException(Reason.DATE,
                    "The birth day in the personal code (digits 6–7) must be 01–31, or 00 when unknown");
        }
        if (month == 0 || day == 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new InvalidPersonalCodeException(Reason.DATE,
                    "The birth date in the personal code (digits 2–7) is not a calendar date");
        }
    }

    private static boolean isAsciiDigits(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
