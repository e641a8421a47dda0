package lt.savitarna.sdk.error;

import java.util.Locale;

/**
 * No such resource ({@code 404 NOT_FOUND}); the portal answers the same for an id that belongs to
 * another company or representation.
 *
 * <!-- sample: WorkspaceErrors#not-found -->
 * <pre>{@code
 * static Optional<Document> findDocument(Documents documents, String documentId) {
 *     try {
 *         return Optional.of(documents.get(documentId));
 *     } catch (NotFoundException e) {
 *         return Optional.empty(); // deleted, or it never belonged to this workspace
 *     }
 * }
 * }</pre>
 */
public class NotFoundException extends ApiException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for a problem answer.
     *
     * @param problem the problem as sent
     * @param locale  the language of {@link #getLocalizedMessage()}
     */
    public NotFoundException(Problem problem, Locale locale) {
        super(problem, locale);
    }
}
