package lt.savitarna.sdk;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A value from a set the portal may grow, such as a document type or an order state. Each subtype
 * has constants for the values this SDK version knows; a value the portal adds later arrives
 * intact as a new instance ({@link #isKnown()} is then false) instead of breaking the parsing, as
 * a Java {@code enum} would. Compare with {@code equals}, not {@code ==}, and keep a default
 * branch in a {@code switch} over {@link #value()}.
 *
 * <!-- sample: WorkspaceTour#open-value -->
 * <pre>{@code
 * int invoices = 0;
 * for (Document document : workspace.documents().list()) {
 *     DocumentType type = document.type();
 *     if (DocumentType.INVOICE.equals(type)) {
 *         invoices++;
 *     } else if (!type.isKnown()) {
 *         out.println("A document type this SDK does not know yet: " + type.value());
 *     }
 * }
 * }</pre>
 */
public abstract class OpenValue {

    private final String value;

    /** For subtypes: the wire value, never null. */
    protected OpenValue(String value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    /** Indexes a subtype's constants by their wire values. */
    @SafeVarargs
    protected static <T extends OpenValue> Map<String, T> index(T... constants) {
        return Arrays.stream(constants).collect(Collectors.toUnmodifiableMap(OpenValue::value, Function.identity()));
    }

    /** The constant for a known value, else a new instance made by {@code unknown}. */
    protected static <T extends OpenValue> T lookup(Map<String, T> known, String value, Function<String, T> unknown) {
        Objects.requireNonNull(value, "value");
        T constant = known.get(value);
        return constant != null ? constant : unknown.apply(value);
    }

    /** The wire value, e.g. {@code INVOICE}. */
    public final String value() {
        return value;
    }

    /** Whether this SDK version knows the value (it is one of the subtype's constants). */
    public abstract boolean isKnown();

    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && ((OpenValue) o).value.equals(value);
    }

    @Override
    public final int hashCode() {
        return value.hashCode();
    }

    /** The wire value. */
    @Override
    public final String toString() {
        return value;
    }
}
