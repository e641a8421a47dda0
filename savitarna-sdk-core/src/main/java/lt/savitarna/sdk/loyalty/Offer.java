package lt.savitarna.sdk.loyalty;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import lt.savitarna.sdk.Money;

/**
 * An offer of the Žemyna club: a price per unit, a validity period and quantity limits.
 *
 * <!-- sample: LoyaltyOrdering#choose-offer -->
 * <pre>{@code
 * Offer chosen = null;
 * for (Offer offer : loyalty.offers()) {
 *     out.printf("  offer %-28s %s %s per %s, until %s%n", offer.title(),
 *             offer.price().amount(), offer.price().currency(), offer.unit(), offer.validTo());
 *     if (chosen == null && offer.isValidAt(Instant.now())) {
 *         chosen = offer;
 *     }
 * }
 * }</pre>
 *
 * @param id                the opaque id
 * @param title             the title
 * @param description       a description, or {@code null}
 * @param validFrom         when it starts to be valid
 * @param validTo           when it stops being valid
 * @param price             the price of one unit
 * @param unit              the unit of measure the price and quantities refer to, e.g. {@code t}, {@code kg}
 * @param minQuantity       the smallest quantity one order may have
 * @param maxQuantity       the largest quantity one order may have, or {@code null} for no limit
 * @param remainingQuantity how much is left to order, or {@code null} when not limited or not stated
 */
public record Offer(String id, String title, String description, Instant validFrom, Instant validTo, Money price,
                    String unit, BigDecimal minQuantity, BigDecimal maxQuantity, BigDecimal remainingQuantity) {

    /** Requires the id. */
    public Offer {
        Objects.requireNonNull(id, "id");
    }

    /** Whether the offer is valid at the given instant (both ends inclusive; an open end counts as valid). */
    public boolean isValidAt(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        return (validFrom == null || !instant.isBefore(validFrom)) && (validTo == null || !instant.isAfter(validTo));
    }
}
