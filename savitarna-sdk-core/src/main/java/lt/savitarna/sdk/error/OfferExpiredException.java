package lt.savitarna.sdk.error;

import java.util.Locale;

/**
 * The loyalty offer is outside its validity ({@code 422 OFFER_EXPIRED}); nothing was ordered.
 * Pick a current offer from {@code Loyalty.offers()}.
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
public class OfferExpiredException extends ApiException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for a problem answer.
     *
     * @param problem the problem as sent
     * @param locale  the language of {@link #getLocalizedMessage()}
     */
    public OfferExpiredException(Problem problem, Locale locale) {
        super(problem, locale);
    }
}
