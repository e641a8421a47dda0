package lt.savitarna.sdk.error;

import java.util.Locale;

/**
 * The portal did not accept an e-signature answer ({@code 422}): {@code SIGNATURE_INVALID}, {@code CERTIFICATE_UNTRUSTED}, {@code CERTIFICATE_EXPIRED} or {@code CERTIFICATE_SUBJECT_MISMATCH} (see {@link #code()}). Usually the person must renew the certificate or use their own Smart-ID or Mobile-ID.
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
public class EsignatureRejectedException extends ApiException {

    private static final long serialVersionUID = 1L;

    /**
     * @param problem the portal's problem
     * @param locale  the language of {@link #getMessage()}
     */
    public EsignatureRejectedException(Problem problem, Locale locale) {
        super(problem, locale);
    }
}
