package lt.savitarna.sdk.error;

import java.util.Locale;

/**
 * Not allowed for this account or scope ({@code 403 FORBIDDEN}).
 *
 * <!-- sample: WorkspaceErrors#access-denied -->
 * <pre>{@code
 * try {
 *     workspace.documents().list().forEach(document -> out.println(document.title()));
 * } catch (AccessDeniedException e) {
 *     out.println(e.getLocalizedMessage()); // the person does not represent this party (any more)
 * }
 * }</pre>
 */
public class AccessDeniedException extends ApiException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for a problem answer.
     *
     * @param problem the problem as sent
     * @param locale  the language of {@link #getLocalizedMessage()}
     */
    public AccessDeniedException(Problem problem, Locale locale) {
        super(problem, locale);
    }
}
