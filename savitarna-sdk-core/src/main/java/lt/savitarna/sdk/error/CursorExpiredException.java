package lt.savitarna.sdk.error;

import java.util.Locale;

/**
 * The stored document change-feed cursor is older than the portal keeps changes
 * ({@code 410 CURSOR_EXPIRED}). Resynchronise with a full listing and start a fresh feed;
 * {@code DocumentSync} does this by itself.
 *
 * <pre>{@code
 * } catch (CursorExpiredException e) {
 *     resyncFromFullListing();
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
