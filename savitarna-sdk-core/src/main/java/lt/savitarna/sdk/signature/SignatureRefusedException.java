package lt.savitarna.sdk.signature;

import java.util.Locale;
import java.util.Objects;

/**
 * The person declined on the phone: pressed "Cancel" in the Smart-ID app (at the certificate
 * choice, the PIN, the verification code choice or the confirmation message) or on the Mobile-ID
 * SIM dialog. Nothing was signed. {@link #refusal()} says at which step.
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
public class SignatureRefusedException extends SigningException {

    private static final long serialVersionUID = 1L;

    /** At which step the person declined. */
    public enum Refusal {
        /** Smart-ID {@code USER_REFUSED}: no step named. */
        GENERAL,
        /** Smart-ID {@code USER_REFUSED_CERT_CHOICE}: at the choice of account or certificate. */
        CERTIFICATE_CHOICE,
        /** Smart-ID {@code USER_REFUSED_DISPLAYTEXTANDPIN}: at the PIN screen. */
        DISPLAY_TEXT_AND_PIN,
        /** Smart-ID {@code USER_REFUSED_VC_CHOICE}: at the choice of verification code. */
        VERIFICATION_CODE_CHOICE,
        /** Smart-ID {@code USER_REFUSED_CONFIRMATIONMESSAGE}: at the confirmation message. */
        CONFIRMATION_MESSAGE,
        /** Smart-ID {@code USER_REFUSED_CONFIRMATIONMESSAGE_WITH_VC_CHOICE}: at the confirmation with a code choice. */
        CONFIRMATION_MESSAGE_WITH_VERIFICATION_CODE_CHOICE,
        /** Mobile-ID {@code USER_CANCELLED}: on the SIM dialog. */
        SIM_DIALOG
    }

    private final Refusal refusal;

    /**
     * Creates the exception.
     *
     * @param provider the provider's name
     * @param refusal  at which step the person declined
     * @param detail   a technical explanation, e.g. the end result
     * @param locale   the language of {@link #getLocalizedMessage()}
     */
    public SignatureRefusedException(String provider, Refusal refusal, String detail, Locale locale) {
        super(SignatureErrorCodes.SIGNATURE_REFUSED, provider, detail, locale, null);
        this.refusal = Objects.requireNonNull(refusal, "refusal");
    }

    /** {@return at which step the person declined} */
    public Refusal refusal() {
        return refusal;
    }
}
