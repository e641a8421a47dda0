package lt.savitarna.sdk.internal.loyalty;

import java.math.BigDecimal;
import lt.savitarna.sdk.error.ErrorCodes;
import lt.savitarna.sdk.internal.workspace.FieldChecks;
import lt.savitarna.sdk.loyalty.Offer;

/**
 * Checks an order quantity against the contract's {@code Decimal} (positive here, at most 12
 * digits before the point and 6 after it, no exponent) and, when known, the offer's limits.
 */
final class QuantityCheck {

    static final String FIELD = "quantity";
    private static final int MAX_INTEGER_DIGITS = 12;
    private static final int MAX_FRACTION_DIGITS = 6;

    private QuantityCheck() {
    }

    /** The quantity as sent: plain digits, trailing zeros after the point dropped. */
    static String wire(BigDecimal quantity) {
        BigDecimal q = quantity.stripTrailingZeros();
        return (q.scale() < 0 ? q.setScale(0) : q).toPlainString();
    }

    static void check(FieldChecks checks, BigDecimal quantity, Offer offer) {
        if (quantity == null) {
            checks.add(FIELD, ErrorCodes.FIELD_REQUIRED);
            return;
        }
        if (quantity.signum() <= 0) {
            checks.add(FIELD, ErrorCodes.FIELD_OUT_OF_RANGE, "validation.quantity.positive");
            return;
        }
        BigDecimal q = quantity.stripTrailingZeros();
        int fraction = Math.max(q.scale(), 0);
        int integer = q.precision() - q.scale();
        if (fraction > MAX_FRACTION_DIGITS || integer > MAX_INTEGER_DIGITS) {
            checks.add(FIELD, ErrorCodes.FIELD_TOO_PRECISE);
            return;
        }
        if (offer == null) {
            return;
        }
        String unit = offer.unit() == null ? "" : offer.unit();
        if (offer.minQuantity() != null && quantity.compareTo(offer.minQuantity()) < 0) {
            checks.add(FIELD, ErrorCodes.FIELD_OUT_OF_RANGE, "validation.quantity.min", plain(offer.minQuantity()), unit);
        } else if (offer.maxQuantity() != null && quantity.compareTo(offer.maxQuantity()) > 0) {
            checks.add(FIELD, ErrorCodes.FIELD_OUT_OF_RANGE, "validation.quantity.max", plain(offer.maxQuantity()), unit);
        } else if (offer.remainingQuantity() != null && quantity.compareTo(offer.remainingQuantity()) > 0) {
            checks.add(FIELD, ErrorCodes.FIELD_OUT_OF_RANGE, "validation.quantity.remaining",
                    plain(offer.remainingQuantity()), unit);
        }
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
