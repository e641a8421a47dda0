package lt.savitarna.sdk.error;

import java.util.Locale;

/**
 * The call failed at the network level after all retries the policy allowed (connection refused
 * or reset, an answer that broke off, a per-attempt timeout, ...). The last failure is the
 * {@linkplain #getCause() cause}. Code {@link ErrorCodes#NETWORK_ERROR}, or
 * {@link ErrorCodes#INTERRUPTED} when the calling thread was interrupted.
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
public class TransportException extends SavitarnaException {

    private static final long serialVersionUID = 1L;

    private final int attempts;

    /**
     * Creates the exception.
     *
     * @param code      {@link ErrorCodes#NETWORK_ERROR} or {@link ErrorCodes#INTERRUPTED}
     * @param requestId the request id of the call
     * @param attempts  how many attempts were made
     * @param locale    the language of {@link #getLocalizedMessage()}
     * @param cause     the last failure
     */
    public TransportException(String code, String requestId, int attempts, Locale locale, Throwable cause) {
        super(code, requestId, locale, cause);
        this.attempts = attempts;
    }

    /** How many attempts were made. */
    public int attempts() {
        return attempts;
    }

    @Override
    void technicalDetails(StringBuilder text) {
        text.append("attempts ").append(attempts).append(", ");
        if (getCause() != null) {
            text.append("cause ").append(getCause()).append(", ");
        }
    }
}
