package lt.savitarna.sdk.signature;

import java.util.Locale;

/**
 * The person chose a verification code in the Smart-ID app other than the one shown on the screen
 * ({@code WRONG_VC}). That may mean someone else's request reached the phone; nothing was signed.
 * Ask the person to compare the codes carefully and start again.
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
public class WrongVerificationCodeException extends SigningException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param provider the provider's name
     * @param detail   a technical explanation, or {@code null}
     * @param locale   the language of {@link #getLocalizedMessage()}
     */
    public WrongVerificationCodeException(String provider, String detail, Locale locale) {
        super(SignatureErrorCodes.WRONG_VERIFICATION_CODE, provider, detail, locale, null);
    }
}
