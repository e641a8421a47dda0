package lt.savitarna.sdk.account;

import java.util.Map;
import java.util.Objects;

/**
 * How an identity was confirmed. A forward-compatible value: besides the known constants, any
 * value the portal adds later arrives intact ({@link #isKnown()} is then false) instead of breaking
 * the parsing. Compare with {@code equals}.
 *
 * <pre>{@code
 * IdentityMethod m = profile.identity().method();
 * if (IdentityMethod.SMART_ID.equals(m)) { ... }
 * }</pre>
 */
public final class IdentityMethod {

    /** Confirmed with Smart-ID. */
    public static final IdentityMethod SMART_ID = new IdentityMethod("SMART_ID");
    /** Confirmed with Mobile-ID (M. parašas). */
    public static final IdentityMethod MOBILE_ID = new IdentityMethod("MOBILE_ID");
    /** Confirmed some other way. */
    public static final IdentityMethod OTHER = new IdentityMethod("OTHER");

    private static final Map<String, IdentityMethod> KNOWN =
            Map.of(SMART_ID.value, SMART_ID, MOBILE_ID.value, MOBILE_ID, OTHER.value, OTHER);

    private final String value;

    private IdentityMethod(String value) {
        this.value = value;
    }

    /** The constant for a known value, or a new value object for one the SDK does not know yet. */
    public static IdentityMethod of(String value) {
        Objects.requireNonNull(value, "value");
        IdentityMethod known = KNOWN.get(value);
        return known != null ? known : new IdentityMethod(value);
    }

    /** The wire value, e.g. {@code SMART_ID}. */
    public String value() {
        return value;
    }

    /** Whether this SDK version knows the value. */
    public boolean isKnown() {
        return KNOWN.containsKey(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdentityMethod other && other.value.equals(value);
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
