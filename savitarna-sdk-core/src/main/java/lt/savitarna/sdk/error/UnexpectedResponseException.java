package lt.savitarna.sdk.error;

import java.util.Locale;

/**
 * The portal answered with success, but the body was not what the contract promises (not JSON,
 * malformed, or missing required data). Code {@link ErrorCodes#UNEXPECTED_RESPONSE}; the parsing
 * failure is the {@linkplain #getCause() cause}. Error answers that cannot be read are
 * {@link ApiException}s with the same code instead.
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
public class UnexpectedResponseException extends SavitarnaException {

    private static final long serialVersionUID = 1L;

    private final int status;

    /**
     * Creates the exception.
     *
     * @param status    the HTTP status of the answer
     * @param requestId the request id of the call
     * @param locale    the language of {@link #getLocalizedMessage()}
     * @param cause     what went wrong while reading the body
     */
    public UnexpectedResponseException(int status, String requestId, Locale locale, Throwable cause) {
        super(ErrorCodes.UNEXPECTED_RESPONSE, requestId, locale, cause);
        this.status = status;
    }

    /** The HTTP status of the answer. */
    public int status() {
        return status;
    }

    @Override
    Object[] messageArguments() {
        return new Object[] {status};
    }

    @Override
    void technicalDetails(StringBuilder text) {
        text.append("status ").append(status).append(", ");
        if (getCause() != null) {
            text.append("cause ").append(getCause()).append(", ");
        }
    }
}
