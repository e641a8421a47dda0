/**
 * The Žemyna loyalty programme (farmers' club) of a workspace: {@link lt.savitarna.sdk.loyalty.Loyalty}
 * joins the club, lists {@link lt.savitarna.sdk.loyalty.Offer}s, places and cancels
 * {@link lt.savitarna.sdk.loyalty.Order}s (never twice, thanks to idempotency keys) and reads the
 * order history.
 *
 * <pre>{@code
 * Loyalty club = session.workspace(representation).loyalty();
 * club.join(true);
 * Order o = club.order(club.offer("off_1Ab2Cd3"), new BigDecimal("3"));
 * }</pre>
 */
package lt.savitarna.sdk.loyalty;
