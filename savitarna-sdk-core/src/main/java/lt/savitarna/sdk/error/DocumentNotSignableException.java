package lt.savitarna.sdk.error;

import java.util.Locale;

/**
 * The document cannot be signed now ({@code 409 DOCUMENT_NOT_SIGNABLE}): it is not a contract or annex awaiting signature, or it changed since the signature was prepared.
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
public class DocumentNotSignableException extends ApiException {

    private static final long serialVersionUID = 1L;

    /**
     * @param problem the portal's problem
     * @param locale  the language of {@link #getMessage()}
     */
    public DocumentNotSignableException(Problem problem, Locale locale) {
        super(problem, locale);
    }
}
