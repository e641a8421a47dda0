package lt.savitarna.sdk.loyalty;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Filters and page size of the order history ({@link Loyalty#orders(OrderQuery)}). An immutable
 * value; the builder checks each value at once.
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
public final class OrderQuery {

    private static final Pattern TOKEN = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
    private static final OrderQuery ALL = builder().build();

    private final List<OrderState> states;
    private final int pageSize;

    private OrderQuery(Builder b) {
        this.states = List.copyOf(b.states);
        this.pageSize = b.pageSize;
    }

    /** Every order, 50 per page. */
    public static OrderQuery all() {
        return ALL;
    }

    /** A builder with no filter and 50 per page. */
    public static Builder builder() {
        return new Builder();
    }

    /** The states to include; empty means all. */
    public List<OrderState> states() {
        return states;
    }

    /** Orders per page, 1..200. */
    public int pageSize() {
        return pageSize;
    }

    @Override
    public String toString() {
        return "OrderQuery[states=" + states + ", pageSize=" + pageSize + "]";
    }

    /**
     * Builds an {@link OrderQuery}.
     */
    public static final class Builder {
        private final Set<OrderState> states = new LinkedHashSet<>();
        private int pageSize = 50;

        private Builder() {
        }

        /** Adds states to include (OR); at most 20 in all. */
        public Builder states(OrderState... states) {
            return states(Arrays.asList(states));
        }

        /** Adds states to include (OR); at most 20 in all. */
        public Builder states(Collection<OrderState> states) {
            Objects.requireNonNull(states, "states");
            for (OrderState s : states) {
                Objects.requireNonNull(s, "state");
                if (!TOKEN.matcher(s.value()).matches()) {
                    throw new IllegalArgumentException("state must be an upper-case token: " + s);
                }
                this.states.add(s);
            }
            if (this.states.size() > 20) {
                throw new IllegalArgumentException("at most 20 state values");
            }
            return this;
        }

        /** Orders per page, 1..200; default 50. */
        public Builder pageSize(int pageSize) {
            if (pageSize < 1 || pageSize > 200) {
                throw new IllegalArgumentException("pageSize must be 1..200: " + pageSize);
            }
            this.pageSize = pageSize;
            return this;
        }

        /** Builds the query. */
        public OrderQuery build() {
            return new OrderQuery(this);
        }
    }
}
