package lt.savitarna.sdk.error;

import java.util.Locale;

/**
 * The idempotency key of an operation was already used for a different request
 * ({@code 422 IDEMPOTENCY_KEY_REUSED}); the operation was not carried out again. This points at a
 * bug in the caller or a changed body; start a new operation.
 *
 * <!-- sample: WorkspaceErrors#idempotency -->
 * <pre>{@code
 * try {
 *     // The key of the ERP's order: sending it again (after a crash, say) cannot order twice.
 *     Order order = loyalty.order(offerId, quantity, idempotencyKey);
 *     out.println("Order " + order.id() + ": " + order.quantity() + " " + order.unit());
 * } catch (IdempotencyConflictException e) {
 *     // The key was already used for an order with other values: a bug to fix, not to retry.
 *     out.println(e.getLocalizedMessage());
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
