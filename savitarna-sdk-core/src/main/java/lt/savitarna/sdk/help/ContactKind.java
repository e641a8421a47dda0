package lt.savitarna.sdk.help;

import java.util.Map;
import java.util.Objects;

/**
 * The kind of a contact entry. A forward-compatible value: besides the known constants, any value the portal adds
 * later arrives intact ({@link #isKnown()} is then false) instead of breaking the parsing.
 * Compare with {@code equals}, never with {@code ==}.
 *
 * <pre>{@code
 * contacts.entries().stream().filter(e -> ContactKind.PHONE.equals(e.kind())).forEach(...);
 * }</pre>
 */
public final class ContactKind {

    /** A phone number. */
    public static final ContactKind PHONE = new ContactKind("PHONE");
    /** An email address. */
    public static final ContactKind EMAIL = new ContactKind("EMAIL");

    private static final Map<String, ContactKind> KNOWN = Map.of(PHONE.value, PHONE, EMAIL.value, EMAIL);

    private final String value;

    private ContactKind(String value) {
        this.value = value;
    }

    /** The constant for a known value, or a new value object for one the SDK does not know yet. */
    public static ContactKind of(String value) {
        Objects.requireNonNull(value, "value");
        ContactKind known = KNOWN.get(value);
        return known != null ? known : new ContactKind(value);
    }

    /** The wire value, e.g. {@code PHONE}. */
    public String value() {
        return value;
    }

    /** Whether this SDK version knows the value. */
    public boolean isKnown() {
        return KNOWN.containsKey(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ContactKind other && other.value.equals(value);
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
