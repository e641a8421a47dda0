package lt.savitarna.sdk.testkit.sandbox.internal.workspace;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * An order of an offer.
 *
 * @param idempotencyKey the key it was placed with ({@code null} for seed data), for the
 *                       "exactly once" counters
 */
public record OrderRecord(String id, String offerId, String offerTitle, BigDecimal quantity, String unit,
                          Money unitPrice, Money total, String state, String idempotencyKey, Instant createdAt,
                          Instant updatedAt) {

    public static final String PLACED = "PLACED";
    public static final String CONFIRMED = "CONFIRMED";
    public static final String FULFILLED = "FULFILLED";
    public static final String CANCELLED = "CANCELLED";

    public OrderRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(offerId, "offerId");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** Only an order nobody has confirmed yet can be cancelled. */
    public boolean cancellable() {
        return PLACED.equals(state);
    }

    public OrderRecord withState(String newState, Instant at) {
        return new OrderRecord(id, offerId, offerTitle, quantity, unit, unitPrice, total, newState, idempotencyKey,
                createdAt, at);
    }
}
