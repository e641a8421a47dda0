package lt.savitarna.sdk.error;

import java.util.Locale;

/**
 * The help request is closed ({@code 409 REQUEST_CLOSED}): it takes no more messages or
 * attachments. Ask a new question with {@code Help.ask}.
 *
 * <pre>{@code
 * } catch (HelpRequestClosedException e) {
 *     HelpRequest fresh = ws.help().ask(HelpQuestion.of(topic, text));
 * }
 * }</pre>
 */
public class HelpRequestClosedException extends ApiException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for a problem answer.
     *
     * @param problem the problem as sent
     * @param locale  the language of {@link #getLocalizedMessage()}
     */
    public HelpRequestClosedException(Problem problem, Locale locale) {
        super(problem, locale);
    }
}
