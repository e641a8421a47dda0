package lt.savitarna.sdk.signing.identity;

/**
 * Thrown when a phone number cannot be read as a Lithuanian number or an international
 * (E.164) one. The message says what is wrong but never repeats the number, so the exception is
 * safe to log.
 *
 * <pre>{@code
 * try {
 *     PhoneNumber.parse(input);
 * } catch (InvalidPhoneNumberException e) {
 *     showError(e.getMessage());
 * }
 * }</pre>
 */
public final class InvalidPhoneNumberException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    InvalidPhoneNumberException(String message) {
        super(message);
    }
}
