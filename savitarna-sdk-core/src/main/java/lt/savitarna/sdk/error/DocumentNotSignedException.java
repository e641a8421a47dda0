package lt.savitarna.sdk.error;

import java.util.Locale;

/**
 * The document has no signed container yet ({@code 409 DOCUMENT_NOT_SIGNED}): sign it first.
 *
 * <!-- sample: SigningErrors#not-signed -->
 * <pre>{@code
 * try {
 *     long bytes = documents.downloadSignedContainer(contractId, folder.resolve(contractId + ".asice"));
 *     out.println("Signed container: " + bytes + " bytes");
 * } catch (DocumentNotSignedException e) {
 *     out.println(e.getLocalizedMessage()); // nobody has signed it yet
 * }
 * }</pre>
 */
public class DocumentNotSignedException extends ApiException {

    private static final long serialVersionUID = 1L;

    /**
     * @param problem the portal's problem
     * @param locale  the language of {@link #getMessage()}
     */
    public DocumentNotSignedException(Problem problem, Locale locale) {
        super(problem, locale);
    }
}
