package lt.savitarna.sdk.loyalty;

import java.math.BigDecimal;
import lt.savitarna.sdk.PagedIterable;

/**
 * The Žemyna loyalty programme (farmers' club) of one workspace: membership, offers, orders and
 * their history. Get it from {@code workspace.loyalty()}; thread-safe.
 *
 * <p>An order is never placed twice by a retry: each {@code order} call gets one
 * {@code Idempotency-Key}, sent unchanged on every attempt, so the portal replays the first
 * answer instead of ordering again. To survive a restart of the calling process as well, pass
 * your own key ({@link #order(String, BigDecimal, String)}), e.g. derived from the ERP's order
 * line.
 *
 * <!-- sample: LoyaltyOrdering#join-club -->
 * <pre>{@code
 * Loyalty loyalty = workspace.loyalty();
 * Membership membership = loyalty.membership();
 * if (MembershipState.SUSPENDED.equals(membership.state())) {
 *     throw new IllegalStateException("the club membership is suspended: the company must restore it");
 * }
 * if (!membership.isMember()) {
 *     membership = loyalty.join(true); // true: the person accepted the club's rules
 * }
 * out.printf("Žemyna: %s, card %s%n", membership.state(), membership.cardNumber());
 * }</pre>
 */
public interface Loyalty {

    /** The workspace's membership ({@code GET .../loyalty/membership}). */
    Membership membership();

    /**
     * Joins the Žemyna club; joining again changes nothing.
     *
     * @param acceptRules whether the person read and accepted the club rules; {@code false} is
     *                    refused before anything is sent ({@code ValidationException} for the field
     *                    {@code acceptRules})
     * @return the membership
     */
    Membership join(boolean acceptRules);

    /** The offers valid now, soonest ending first, 50 per page, fetched lazily. Visible to non-members. */
    PagedIterable<Offer> offers();

    /** As {@link #offers()} with the given page size (1..200). */
    PagedIterable<Offer> offers(int pageSize);

    /** One offer; expired offers stay readable. */
    Offer offer(String offerId);

    /**
     * Orders an offer. The quantity is checked before sending: present, greater than zero, at most
     * 12 digits before the decimal point and 6 after it.
     *
     * @throws lt.savitarna.sdk.error.ValidationException           the quantity is invalid (nothing sent)
     * @throws lt.savitarna.sdk.error.NotAMemberException           the workspace is not a club member
     * @throws lt.savitarna.sdk.error.OfferExpiredException         the offer is outside its validity
     * @throws lt.savitarna.sdk.error.QuantityOutOfRangeException   outside the offer's limits
     */
    Order order(String offerId, BigDecimal quantity);

    /**
     * Orders an offer whose limits are known: besides the checks of
     * {@link #order(String, BigDecimal)}, the quantity must lie within the offer's
     * {@code minQuantity}..{@code maxQuantity} and not exceed {@code remainingQuantity}, each when
     * stated. Validity dates are left to the portal, whose clock decides.
     */
    Order order(Offer offer, BigDecimal quantity);

    /**
     * As {@link #order(String, BigDecimal)} with a caller-chosen idempotency key (1..255 printable
     * ASCII characters without spaces): repeating the call with the same key, also from another
     * process, returns the first order instead of placing another.
     */
    Order order(String offerId, BigDecimal quantity, String idempotencyKey);

    /** The order history, newest first, 50 per page, fetched lazily. */
    PagedIterable<Order> orders();

    /** The order history filtered by state, newest first, fetched lazily. */
    PagedIterable<Order> orders(OrderQuery query);

    /** One order. */
    Order getOrder(String orderId);

    /**
     * Cancels an order; cancelling a cancelled order returns it unchanged.
     *
     * @throws lt.savitarna.sdk.error.OrderNotCancellableException it can no longer be cancelled
     */
    Order cancel(String orderId);

    /** As {@link #cancel(String)}, telling why (at most 500 characters, checked before sending). */
    Order cancel(String orderId, String reason);
}
