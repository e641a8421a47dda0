package lt.savitarna.sdk.testkit.sandbox.internal.workspace;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A Žemyna offer of a group company, seen by all of that company's workspaces.
 *
 * @param maxQuantity the most one order may take, or {@code null} for no limit
 * @param remaining   what is left to order
 */
public record OfferRecord(String id, String companyId, String title, String description, Instant validFrom,
                          Instant validTo, Money price, String unit, BigDecimal minQuantity, BigDecimal maxQuantity,
                          BigDecimal remaining) {

    public OfferRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validTo, "validTo");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(minQuantity, "minQuantity");
        Objects.requireNonNull(remaining, "remaining");
    }

    /** Valid from {@code validFrom} inclusive to {@code validTo} inclusive. */
    public boolean validAt(Instant at) {
        return !at.isBefore(validFrom) && !at.isAfter(validTo);
    }

    public OfferRecord withRemaining(BigDecimal newRemaining) {
        return new OfferRecord(id, companyId, title, description, validFrom, validTo, price, unit, minQuantity,
                maxQuantity, newRemaining);
    }
}
