package lt.savitarna.sdk.error;

import java.util.Locale;

/**
 * The order quantity is outside the offer's {@code minQuantity}..{@code maxQuantity} or above what
 * remains ({@code 422 QUANTITY_OUT_OF_RANGE}); the field error names {@code quantity}. The SDK
 * finds the same before sending when it knows the offer's limits (see
 * {@code Loyalty.order(Offer, BigDecimal)}), as a plain {@link ValidationException} for the field
 * {@code quantity}; catching {@code ValidationException} handles both.
 *
 * <!-- sample: WorkspaceErrors#order-refused -->
 * <pre>{@code
 * try {
 *     Order order = loyalty.order(offerId, quantity);
 *     out.println("Ordered: " + order.state());
 * } catch (OfferExpiredException e) {
 *     out.println(e.getLocalizedMessage()); // show the current offers again
 * } catch (QuantityOutOfRangeException e) {
 *     e.fieldError("quantity").ifPresent(error -> out.println("quantity: " + error.message()));
 * }
 * }</pre>
 */
public class QuantityOutOfRangeException extends ValidationException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for a problem answer.
     *
     * @param problem the problem as sent
     * @param locale  the language of {@link #getLocalizedMessage()}
     */
    public QuantityOutOfRangeException(Problem problem, Locale locale) {
        super(problem, locale);
    }
}
