package lt.savitarna.sdk.signature;

import java.util.Locale;

/**
 * Mobile-ID could not reach the phone ({@code PHONE_ABSENT}): it is switched off or out of
 * coverage. Nothing was signed; ask the person to check the phone and try again.
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
public class PhoneAbsentException extends SigningException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param provider the provider's name
     * @param detail   a technical explanation, or {@code null}
     * @param locale   the language of {@link #getLocalizedMessage()}
     */
    public PhoneAbsentException(String provider, String detail, Locale locale) {
        super(SignatureErrorCodes.PHONE_ABSENT, provider, detail, locale, null);
    }
}
