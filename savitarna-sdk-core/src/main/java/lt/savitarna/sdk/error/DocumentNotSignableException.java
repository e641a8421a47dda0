package lt.savitarna.sdk.error;

import java.util.Locale;

/**
 * The document cannot be signed now ({@code 409 DOCUMENT_NOT_SIGNABLE}): it is not a contract or annex awaiting signature, or it changed since the signature was prepared.
 *
 * <pre>{@code
 * try {
 *     documents.sign(documentId, mobileId, signer, listener);
 * } catch (DocumentNotSignableException e) {
 *     ui.show(e.message(Locale.forLanguageTag("lt")));
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
