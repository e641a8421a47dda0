package lt.savitarna.sdk.signature.identity;

import java.util.List;
import java.util.Locale;
import lt.savitarna.sdk.error.ErrorCodes;
import lt.savitarna.sdk.error.FieldError;
import lt.savitarna.sdk.error.Problem;
import lt.savitarna.sdk.error.ValidationException;
import lt.savitarna.sdk.internal.i18n.SignatureMessages;

/**
 * Thrown when a phone number cannot be read as a Lithuanian number or an international
 * (E.164) one. It is a client-side {@link ValidationException} (nothing was sent) with one field
 * error on {@value #FIELD}. {@link #getLocalizedMessage()} tells the person how to write the
 * number; {@link #getMessage()} adds what exactly is wrong. Neither repeats the number, so the
 * exception is safe to log.
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
public final class InvalidPhoneNumberException extends ValidationException {

    private static final long serialVersionUID = 1L;

    /** The field this exception reports in {@link #fieldErrors()}. */
    public static final String FIELD = "phoneNumber";
    /** The field-level code this exception reports in {@link #fieldErrors()}. */
    public static final String FIELD_CODE = "INVALID_PHONE_NUMBER";

    /**
     * Creates the exception; normally only the SDK does, but handlers can be tested with it.
     *
     * @param detail a technical explanation in English that never repeats the number
     */
    public InvalidPhoneNumberException(String detail) {
        super(new Problem(null, null, 0, detail, null, ErrorCodes.VALIDATION_FAILED, null,
                List.of(new FieldError(FIELD, FIELD_CODE, detail))), Locale.ENGLISH);
    }

    /** What to do, for people: Lithuanian for {@code lt}, English otherwise. */
    @Override
    public String message(Locale locale) {
        return SignatureMessages.get(locale, "error.INVALID_PHONE_NUMBER");
    }
}
