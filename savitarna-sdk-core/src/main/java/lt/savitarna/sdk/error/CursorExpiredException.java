package lt.savitarna.sdk.error;

import java.util.Locale;

/**
 * The stored document change-feed cursor is older than the portal keeps changes
 * ({@code 410 CURSOR_EXPIRED}). Resynchronise with a full listing and start a fresh feed;
 * {@code DocumentSync} does this by itself.
 *
 * <!-- sample: WorkspaceErrors#cursor-expired -->
 * <pre>{@code
 * try {
 *     DocumentChangePage changes = documents.changes(cursor);
 *     out.println(changes.items().size() + " change(s) since the last run");
 * } catch (CursorExpiredException e) {
 *     // The portal no longer keeps changes that old: import the whole list again.
 *     long count = documents.list().stream().count();
 *     out.println(e.getLocalizedMessage() + " Imported all " + count + " documents again.");
 * }
 * }</pre>
 */
public class CursorExpiredException extends ApiException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for a problem answer.
     *
     * @param problem the problem as sent
     * @param locale  the language of {@link #getLocalizedMessage()}
     */
    public CursorExpiredException(Problem problem, Locale locale) {
        super(problem, locale);
    }
}
