/**
 * The Žemyna loyalty programme (farmers' club) of a workspace: {@link lt.savitarna.sdk.loyalty.Loyalty}
 * joins the club, lists {@link lt.savitarna.sdk.loyalty.Offer}s, places and cancels
 * {@link lt.savitarna.sdk.loyalty.Order}s (never twice, thanks to idempotency keys) and reads the
 * order history.
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
package lt.savitarna.sdk.loyalty;
