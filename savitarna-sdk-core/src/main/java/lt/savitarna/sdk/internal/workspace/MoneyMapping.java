package lt.savitarna.sdk.internal.workspace;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.Currency;
import lt.savitarna.sdk.Money;
import lt.savitarna.sdk.internal.json.JsonFields;
import lt.savitarna.sdk.internal.json.MalformedJsonException;

/** Reads the contract's {@code Money} shape: {@code { "amount": "12.50", "currency": "EUR" }}. */
public final class MoneyMapping {

    private MoneyMapping() {
    }

    /** The money, or {@code null} when the object is absent. */
    public static Money money(JsonObject o) {
        if (o == null) {
            return null;
        }
        BigDecimal amount = JsonFields.decimal(o, "amount");
        String currency = JsonFields.requiredString(o, "currency");
        if (amount == null) {
            throw new MalformedJsonException("money without an amount");
        }
        try {
            return new Money(amount, Currency.getInstance(currency));
        } catch (IllegalArgumentException e) {
            throw new MalformedJsonException("'" + currency + "' is not an ISO 4217 currency", e);
        }
    }
}
