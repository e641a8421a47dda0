package lt.savitarna.sdk.signature;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * No answer in time: either the person did not confirm on the phone before the service gave up
 * (code {@code SIGNATURE_TIMEOUT}), or the operation's own deadline passed while the SDK was
 * waiting (code {@code SIGNING_DEADLINE_EXCEEDED}, {@link #deadline()} present). Nothing was
 * signed; the person can simply try again.
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
public class SignatureTimeoutException extends SigningException {

    private static final long serialVersionUID = 1L;

    private final Duration deadline;

    /**
     * Creates the exception.
     *
     * @param provider the provider's name
     * @param deadline the SDK deadline that passed, or {@code null} when the service reported the timeout
     * @param locale   the language of {@link #getLocalizedMessage()}
     */
    public SignatureTimeoutException(String provider, Duration deadline, Locale locale) {
        super(deadline == null ? SignatureErrorCodes.SIGNATURE_TIMEOUT : SignatureErrorCodes.SIGNING_DEADLINE_EXCEEDED,
                provider, deadline == null ? "end result TIMEOUT" : "deadline " + deadline + " passed", locale, null);
        this.deadline = deadline;
    }

    /** {@return the SDK deadline that passed; empty when the service reported the timeout} */
    public Optional<Duration> deadline() {
        return Optional.ofNullable(deadline);
    }
}
