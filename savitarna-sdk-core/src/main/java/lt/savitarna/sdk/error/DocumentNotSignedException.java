package lt.savitarna.sdk.error;

import java.util.Locale;

/**
 * The document has no signed container yet ({@code 409 DOCUMENT_NOT_SIGNED}): sign it first.
 *
 * <pre>{@code
 * try {
 *     documents.downloadSignedContainer(documentId, Path.of("sutartis.asice"));
 * } catch (DocumentNotSignedException e) {
 *     ui.show(e.message(Locale.forLanguageTag("lt")));
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
