package lt.savitarna.sdk.error;

import java.util.Locale;

/**
 * The help request is closed ({@code 409 REQUEST_CLOSED}): it takes no more messages or
 * attachments. Ask a new question with {@code Help.ask}.
 *
 * <!-- sample: WorkspaceErrors#help-closed -->
 * <pre>{@code
 * try {
 *     help.reply(requestId, text);
 * } catch (HelpRequestClosedException e) {
 *     HelpRequest earlier = help.request(requestId);
 *     HelpRequest fresh = help.ask(HelpQuestion.of(earlier.topic(), text));
 *     out.println(e.getLocalizedMessage() + " Asked again: " + fresh.id());
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
