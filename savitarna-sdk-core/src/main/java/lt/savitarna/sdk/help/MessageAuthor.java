package lt.savitarna.sdk.help;

import java.util.Map;
import java.util.Objects;

/**
 * Who wrote a message of a help request. A forward-compatible value: besides the known constants, any value the portal adds
 * later arrives intact ({@link #isKnown()} is then false) instead of breaking the parsing.
 * Compare with {@code equals}, never with {@code ==}.
 *
 * <pre>{@code
 * request.messages().stream().filter(m -> MessageAuthor.STAFF.equals(m.author())).forEach(...);
 * }</pre>
 */
public final class MessageAuthor {

    /** The customer (this side). */
    public static final MessageAuthor CUSTOMER = new MessageAuthor("CUSTOMER");
    /** The company's staff. */
    public static final MessageAuthor STAFF = new MessageAuthor("STAFF");

    private static final Map<String, MessageAuthor> KNOWN = Map.of(CUSTOMER.value, CUSTOMER, STAFF.value, STAFF);

    private final String value;

    private MessageAuthor(String value) {
        this.value = value;
    }

    /** The constant for a known value, or a new value object for one the SDK does not know yet. */
    public static MessageAuthor of(String value) {
        Objects.requireNonNull(value, "value");
        MessageAuthor known = KNOWN.get(value);
        return known != null ? known : new MessageAuthor(value);
    }

    /** The wire value, e.g. {@code CUSTOMER}. */
    public String value() {
        return value;
    }

    /** Whether this SDK version knows the value. */
    public boolean isKnown() {
        return KNOWN.containsKey(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MessageAuthor other && other.value.equals(value);
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
