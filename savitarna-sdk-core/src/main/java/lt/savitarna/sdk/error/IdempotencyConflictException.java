package lt.savitarna.sdk.error;

import java.util.Locale;

/**
 * The idempotency key of an operation was already used for a different request
 * ({@code 422 IDEMPOTENCY_KEY_REUSED}); the operation was not carried out again. This points at a
 * bug in the caller or a changed body; start a new operation.
 *
 * <pre>{@code
 * } catch (IdempotencyConflictException e) {
 *     log.error("operation {} conflicts with an earlier one", e.requestId());
 * }
 * }</pre>
 */
public class IdempotencyConflictException extends ApiException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for a problem answer.
     *
     * @param problem the problem as sent
     * @param locale  the language of {@link #getLocalizedMessage()}
     */
    public IdempotencyConflictException(Problem problem, Locale locale) {
        super(problem, locale);
    }
}
