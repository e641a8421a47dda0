package lt.savitarna.sdk.account;

import java.util.Map;
import java.util.Objects;

/**
 * Who a represented party is. A forward-compatible value: besides the known constants, any
 * value the portal adds later arrives intact ({@link #isKnown()} is then false) instead of breaking
 * the parsing. Compare with {@code equals}.
 *
 * <pre>{@code
 * PartyKind k = representation.party().kind();
 * if (PartyKind.COMPANY.equals(k)) { ... }
 * }</pre>
 */
public final class PartyKind {

    /** The person themselves. */
    public static final PartyKind PERSON = new PartyKind("PERSON");
    /** A company the person is authorised to represent. */
    public static final PartyKind COMPANY = new PartyKind("COMPANY");

    private static final Map<String, PartyKind> KNOWN = Map.of(PERSON.value, PERSON, COMPANY.value, COMPANY);

    private final String value;

    private PartyKind(String value) {
        this.value = value;
    }

    /** The constant for a known value, or a new value object for one the SDK does not know yet. */
    public static PartyKind of(String value) {
        Objects.requireNonNull(value, "value");
        PartyKind known = KNOWN.get(value);
        return known != null ? known : new PartyKind(value);
    }

    /** The wire value, e.g. {@code COMPANY}. */
    public String value() {
        return value;
    }

    /** Whether this SDK version knows the value. */
    public boolean isKnown() {
        return KNOWN.containsKey(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PartyKind other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
