package lt.savitarna.sdk.loyalty;

import java.util.Map;
import java.util.Objects;

/**
 * Where a loyalty order stands. A forward-compatible value: besides the known constants, any value the portal adds
 * later arrives intact ({@link #isKnown()} is then false) instead of breaking the parsing.
 * Compare with {@code equals}, never with {@code ==}.
 *
 * <pre>{@code
 * List<Order> open = ws.loyalty().orders(OrderQuery.builder().states(OrderState.PLACED).build())
 *         .stream().toList();
 * }</pre>
 */
public final class OrderState {

    /** Placed; usually still cancellable. */
    public static final OrderState PLACED = new OrderState("PLACED");
    /** Confirmed by the company. */
    public static final OrderState CONFIRMED = new OrderState("CONFIRMED");
    /** Delivered or otherwise fulfilled. */
    public static final OrderState FULFILLED = new OrderState("FULFILLED");
    /** Cancelled. */
    public static final OrderState CANCELLED = new OrderState("CANCELLED");

    private static final Map<String, OrderState> KNOWN = Map.of(
            PLACED.value, PLACED,
            CONFIRMED.value, CONFIRMED,
            FULFILLED.value, FULFILLED,
            CANCELLED.value, CANCELLED);

    private final String value;

    private OrderState(String value) {
        this.value = value;
    }

    /** The constant for a known value, or a new value object for one the SDK does not know yet. */
    public static OrderState of(String value) {
        Objects.requireNonNull(value, "value");
        OrderState known = KNOWN.get(value);
        return known != null ? known : new OrderState(value);
    }

    /** The wire value, e.g. {@code PLACED}. */
    public String value() {
        return value;
    }

    /** Whether this SDK version knows the value. */
    public boolean isKnown() {
        return KNOWN.containsKey(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OrderState other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
