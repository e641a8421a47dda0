package lt.savitarna.sdk;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in a currency, exactly as the portal states it (a decimal, never a
 * {@code double}); negative amounts are credits.
 *
 * <!-- sample: WorkspaceTour#money -->
 * <pre>{@code
 * BigDecimal tonnes = new BigDecimal("2.5");
 * Money price = fertiliser.price();
 * BigDecimal total = price.amount().multiply(tonnes);
 * out.println(tonnes + " " + fertiliser.unit() + " at " + price + " cost "
 *         + total.toPlainString() + " " + price.currency().getCurrencyCode());
 * }</pre>
 *
 * @param amount   the amount, with the scale the portal sent (e.g. {@code 289.00})
 * @param currency the ISO 4217 currency, e.g. EUR
 */
public record Money(BigDecimal amount, Currency currency) {

    /** Requires both parts. */
    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }

    /** An amount in euro. */
    public static Money euro(String amount) {
        return new Money(new BigDecimal(amount), Currency.getInstance("EUR"));
    }

    /** {@code 289.00 EUR}. */
    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
