package lt.savitarna.sdk.signature;

import java.util.Locale;

/**
 * The operation was stopped by the caller: the thread was interrupted, or the future of an
 * asynchronous operation was cancelled. Polling has stopped; the interrupt status of the thread is
 * kept.
 *
 * <!-- sample: SigningFailures#person-answers -->
 * <pre>{@code
 * try {
 *     Authentication authentication = provider.authenticate(request, listener);
 *     return "Welcome, " + authentication.givenName();
 * } catch (SignatureRefusedException | SigningCancelledException e) {
 *     return "Stopped: " + e.getLocalizedMessage(); // the person said no: do not insist
 * } catch (SignatureTimeoutException | PhoneAbsentException e) {
 *     return "Try again: " + e.getLocalizedMessage(); // the phone did not answer in time
 * } catch (WrongVerificationCodeException e) {
 *     return "Wrong code: " + e.getLocalizedMessage(); // compare the codes before entering the PIN
 * }
 * }</pre>
 */
public class SigningCancelledException extends SigningException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param provider the provider's name
     * @param detail   a technical explanation, or {@code null}
     * @param locale   the language of {@link #getLocalizedMessage()}
     */
    public SigningCancelledException(String provider, String detail, Locale locale) {
        this(provider, detail, locale, null);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param provider the provider's name
     * @param detail   a technical explanation, or {@code null}
     * @param locale   the language of {@link #getLocalizedMessage()}
     * @param cause    the underlying failure, or {@code null}
     */
    public SigningCancelledException(String provider, String detail, Locale locale, Throwable cause) {
        super(SignatureErrorCodes.SIGNING_CANCELLED, provider, detail, locale, cause);
    }
}
