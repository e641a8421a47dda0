package lt.savitarna.sdk.error;

import java.util.Locale;

/**
 * The loyalty order can no longer be cancelled ({@code 409 ORDER_NOT_CANCELLABLE}), e.g. it was
 * confirmed or fulfilled already. {@code Order.cancellable()} tells beforehand.
 *
 * <!-- sample: WorkspaceErrors#cancel -->
 * <pre>{@code
 * try {
 *     Order cancelled = loyalty.cancel(orderId, "Užsakyta per klaidą");
 *     out.println("Order " + cancelled.id() + " is " + cancelled.state());
 * } catch (OrderNotCancellableException e) {
 *     out.println(e.getLocalizedMessage()); // already confirmed or delivered: call the sales office
 * }
 * }</pre>
 */
public class OrderNotCancellableException extends ApiException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for a problem answer.
     *
     * @param problem the problem as sent
     * @param locale  the language of {@link #getLocalizedMessage()}
     */
    public OrderNotCancellableException(Problem problem, Locale locale) {
        super(problem, locale);
    }
}
