package lt.savitarna.sdk.error;

import java.time.Duration;
import java.util.Locale;

/**
 * The total deadline of a call passed before it succeeded (the deadline covers every attempt and
 * every wait between them). The last failure, if any, is the {@linkplain #getCause() cause}.
 *
 * <!-- sample: UnreliableNetwork#call-failed -->
 * <pre>{@code
 * try {
 *     session.companies().forEach((GroupCompany company) -> out.println(company.name()));
 * } catch (DeadlineExceededException e) {
 *     out.println("Gave up after " + e.deadline().toSeconds() + " s and " + e.attempts() + " attempts");
 * } catch (UnexpectedResponseException e) {
 *     out.println("An unreadable answer, HTTP " + e.status() + ", request id " + e.getRequestId());
 * } catch (SavitarnaException e) {
 *     // Anything else: a message for the person, and the code and request id for the support.
 *     out.println(e.getLocalizedMessage() + " (" + e.getCode() + ", request id " + e.getRequestId() + ")");
 * }
 * }</pre>
 */
public class DeadlineExceededException extends SavitarnaException {

    private static final long serialVersionUID = 1L;

    private final Duration deadline;
    private final int attempts;

    /**
     * Creates the exception.
     *
     * @param requestId the request id of the call
     * @param deadline  the total deadline that passed
     * @param attempts  how many attempts were started
     * @param locale    the language of {@link #getLocalizedMessage()}
     * @param cause     the last failure, or {@code null}
     */
    public DeadlineExceededException(String requestId, Duration deadline, int attempts, Locale locale,
                                     Throwable cause) {
        super(ErrorCodes.DEADLINE_EXCEEDED, requestId, locale, cause);
        this.deadline = deadline;
        this.attempts = attempts;
    }

    /** The total deadline that passed. */
    public Duration deadline() {
        return deadline;
    }

    /** How many attempts were started. */
    public int attempts() {
        return attempts;
    }

    @Override
    void technicalDetails(StringBuilder text) {
        text.append("deadline ").append(deadline).append(", attempts ").append(attempts).append(", ");
    }
}
