package lt.savitarna.sdk.error;

import java.time.Duration;
import java.util.Locale;

/**
 * The portal still answered {@code 429} (too many requests) after the SDK's retries;
 * {@link #retryAfter()} tells how long it asked to wait.
 *
 * <!-- sample: UnreliableNetwork#retries-exhausted -->
 * <pre>{@code
 * try {
 *     out.println("Logged in as " + session.me().email());
 * } catch (RateLimitedException | ServiceUnavailableException e) {
 *     // Still busy after the retries: try again later, when the portal asks to.
 *     Duration wait = e.retryAfter().orElse(Duration.ofMinutes(1));
 *     out.println(e.getLocalizedMessage() + " Next try in " + wait.toSeconds() + " s.");
 * } catch (TransportException e) {
 *     out.println("No connection after " + e.attempts() + " attempts: " + e.getLocalizedMessage());
 * }
 * }</pre>
 */
public class RateLimitedException extends ApiException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for a problem answer.
     *
     * @param problem    the problem as sent
     * @param locale     the language of {@link #getLocalizedMessage()}
     * @param retryAfter how long the portal asked to wait, or {@code null}
     */
    public RateLimitedException(Problem problem, Locale locale, Duration retryAfter) {
        super(problem, locale, retryAfter);
    }
}
