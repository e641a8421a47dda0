package lt.savitarna.sdk.loyalty;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import lt.savitarna.sdk.Money;

/**
 * An order of a Žemyna club offer.
 *
 * <!-- sample: LoyaltyOrdering#order -->
 * <pre>{@code
 * BigDecimal quantity = chosen.minQuantity() != null ? chosen.minQuantity() : BigDecimal.ONE;
 * Order order = loyalty.order(chosen, quantity); // checks the offer's limits before sending
 * out.printf("Ordered %s %s of \"%s\": %s, total %s %s%n", order.quantity(), order.unit(),
 *         order.offerTitle(), order.state(), order.total().amount(), order.total().currency());
 * }</pre>
 *
 * @param id          the opaque id
 * @param offerId     the offer ordered
 * @param offerTitle  the offer's title, or {@code null}
 * @param quantity    the quantity
 * @param unit        the unit of measure
 * @param unitPrice   the price of one unit
 * @param total       the total price
 * @param state       where it stands (forward compatible)
 * @param cancellable whether it can still be cancelled
 * @param createdAt   when it was placed
 * @param updatedAt   when it last changed
 */
public record Order(String id, String offerId, String offerTitle, BigDecimal quantity, String unit, Money unitPrice,
                    Money total, OrderState state, boolean cancellable, Instant createdAt, Instant updatedAt) {

    /** Requires the id and the state. */
    public Order {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
    }
}
