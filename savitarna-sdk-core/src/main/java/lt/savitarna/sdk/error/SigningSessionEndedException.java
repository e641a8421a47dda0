package lt.savitarna.sdk.error;

import java.util.Locale;

/**
 * The portal's e-signature challenge or prepared signature can no longer be used ({@code 409}): {@code CHALLENGE_EXPIRED}, {@code CHALLENGE_ALREADY_USED}, {@code SIGNATURE_EXPIRED} or {@code SIGNATURE_NOT_PENDING}. Start the flow again.
 *
 * <!-- sample: SigningErrors#sign-refused -->
 * <pre>{@code
 * try {
 *     SignedDocument signed = documents.sign(contractId, smartId, signer, showCodes);
 *     out.println("Signed; the contract is now " + signed.document().state());
 * } catch (DocumentNotSignableException e) {
 *     out.println(e.getLocalizedMessage()); // signed already, withdrawn or expired: show its state
 * } catch (SigningSessionEndedException e) {
 *     out.println(e.getLocalizedMessage()); // the signature took too long: sign again
 * } catch (EsignatureRejectedException e) {
 *     out.println(e.getLocalizedMessage()); // the certificate or signature was not accepted
 * }
 * }</pre>
 */
public class SigningSessionEndedException extends ApiException {

    private static final long serialVersionUID = 1L;

    /**
     * @param problem the portal's problem
     * @param locale  the language of {@link #getMessage()}
     */
    public SigningSessionEndedException(Problem problem, Locale locale) {
        super(problem, locale);
    }
}
