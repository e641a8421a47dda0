package lt.savitarna.sdk.internal.loyalty;

import static lt.savitarna.sdk.internal.json.JsonFields.date;
import static lt.savitarna.sdk.internal.json.JsonFields.decimal;
import static lt.savitarna.sdk.internal.json.JsonFields.instant;
import static lt.savitarna.sdk.internal.json.JsonFields.isTrue;
import static lt.savitarna.sdk.internal.json.JsonFields.object;
import static lt.savitarna.sdk.internal.json.JsonFields.requiredString;
import static lt.savitarna.sdk.internal.json.JsonFields.string;

import jakarta.json.JsonObject;
import lt.savitarna.sdk.internal.workspace.MoneyMapping;
import lt.savitarna.sdk.loyalty.Membership;
import lt.savitarna.sdk.loyalty.MembershipState;
import lt.savitarna.sdk.loyalty.Offer;
import lt.savitarna.sdk.loyalty.Order;
import lt.savitarna.sdk.loyalty.OrderState;

/**
 * The loyalty shapes of the wire contract, read into the public records. Decimals arrive as
 * strings and become {@code BigDecimal}s as they are; unknown states survive as forward-compatible
 * values.
 *
 * <pre>{@code
 * Offer o = calls.send(op.build(ResponseReader.json(LoyaltyMapping::offer)));
 * }</pre>
 */
public final class LoyaltyMapping {

    private LoyaltyMapping() {
    }

    /** A {@code Membership}. */
    public static Membership membership(JsonObject o) {
        return new Membership(MembershipState.of(requiredString(o, "state")), date(o, "memberSince"),
                string(o, "cardNumber"), string(o, "rulesVersion"));
    }

    /** An {@code Offer}. */
    public static Offer offer(JsonObject o) {
        return new Offer(requiredString(o, "id"), string(o, "title"), string(o, "description"),
                instant(o, "validFrom"), instant(o, "validTo"), MoneyMapping.money(object(o, "price")),
                string(o, "unit"), decimal(o, "minQuantity"), decimal(o, "maxQuantity"),
                decimal(o, "remainingQuantity"));
    }

    /** An {@code Order}. */
    public static Order order(JsonObject o) {
        return new Order(requiredString(o, "id"), string(o, "offerId"), string(o, "offerTitle"),
                decimal(o, "quantity"), string(o, "unit"), MoneyMapping.money(object(o, "unitPrice")),
                MoneyMapping.money(object(o, "total")), OrderState.of(requiredString(o, "state")),
                isTrue(o, "cancellable"), instant(o, "createdAt"), instant(o, "updatedAt"));
    }
}
