package lt.savitarna.sdk.loyalty;

import java.util.Map;
import lt.savitarna.sdk.OpenValue;

/**
 * Where a loyalty order stands. A forward-compatible value: besides the known constants, any value the portal adds
 * later arrives intact ({@link #isKnown()} is then false) instead of breaking the parsing.
 * Compare with {@code equals}, never with {@code ==}.
 *
 * <!-- sample: LoyaltyOpenOrders#cancel-open-orders -->
 * <pre>{@code
 * OrderQuery open = OrderQuery.builder().states(OrderState.PLACED, OrderState.CONFIRMED).build();
 * List<Order> openOrders = loyalty.orders(open).stream().toList();
 * for (Order order : openOrders) {
 *     if (order.cancellable()) {
 *         Order done = loyalty.cancel(order.id(), "Pasikeitė sėjos planas");
 *         out.printf("%s, %s %s: %s%n", order.offerTitle(), order.quantity(), order.unit(), done.state());
 *         cancelled++;
 *     } else {
 *         out.printf("%s, %s %s: %s, call the company%n", order.offerTitle(), order.quantity(),
 *                 order.unit(), order.state());
 *     }
 * }
 * }</pre>
 */
public final class OrderState extends OpenValue {

    /** Placed; usually still cancellable. */
    public static final OrderState PLACED = new OrderState("PLACED");
    /** Confirmed by the company. */
    public static final OrderState CONFIRMED = new OrderState("CONFIRMED");
    /** Delivered or otherwise fulfilled. */
    public static final OrderState FULFILLED = new OrderState("FULFILLED");
    /** Cancelled. */
    public static final OrderState CANCELLED = new OrderState("CANCELLED");

    private static final Map<String, OrderState> KNOWN = index(PLACED, CONFIRMED, FULFILLED, CANCELLED);

    private OrderState(String value) {
        super(value);
    }

    /** The constant for a known value, or a new value object for one the SDK does not know yet. */
    public static OrderState of(String value) {
        return lookup(KNOWN, value, OrderState::new);
    }

    @Override
    public boolean isKnown() {
        return KNOWN.containsKey(value());
    }
}
