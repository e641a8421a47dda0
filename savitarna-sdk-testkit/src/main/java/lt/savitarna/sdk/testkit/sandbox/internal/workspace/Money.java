package lt.savitarna.sdk.testkit.sandbox.internal.workspace;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** An amount with its ISO 4217 currency, kept to the cent. */
public record Money(BigDecimal amount, String currency) {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        amount = amount.setScale(2, RoundingMode.HALF_UP);
    }

    public static Money eur(String amount) {
        return new Money(new BigDecimal(amount), "EUR");
    }

    /** The contract's decimal string, e.g. {@code 1250.00} or {@code -12.50}. */
    public String amountText() {
        return amount.toPlainString();
    }

    /** As printed on a Lithuanian document: {@code 1 250,00 EUR}. */
    public String printed() {
        String plain = amount.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = plain.substring(0, dot);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(' ');
            }
            grouped.append(whole.charAt(i));
        }
        return (amount.signum() < 0 ? "-" : "") + grouped + "," + plain.substring(dot + 1) + " " + currency;
    }

    public Money times(BigDecimal quantity) {
        return new Money(amount.multiply(quantity), currency);
    }
}
