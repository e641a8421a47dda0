package lt.savitarna.sdk.account;

import java.util.Map;
import lt.savitarna.sdk.OpenValue;

/**
 * How an identity was confirmed. A forward-compatible value: besides the known constants, any
 * value the portal adds later arrives intact ({@link #isKnown()} is then false) instead of breaking
 * the parsing. Compare with {@code equals}.
 *
 * <!-- sample: AccountOverview#identity -->
 * <pre>{@code
 * Identity identity = me.identity();
 * if (identity.confirmed()) {
 *     // IdentityMethod is open: a method added to the portal later arrives as an unknown value.
 *     String method = IdentityMethod.SMART_ID.equals(identity.method()) ? "Smart-ID"
 *             : IdentityMethod.MOBILE_ID.equals(identity.method()) ? "Mobile-ID" : identity.method().value();
 *     out.println("Identity confirmed with " + method + " on " + identity.confirmedAt() + ": "
 *             + identity.givenName() + " " + identity.surname() + " (" + identity.personalCodeMasked() + ")");
 * }
 * }</pre>
 */
public final class IdentityMethod extends OpenValue {

    /** Confirmed with Smart-ID. */
    public static final IdentityMethod SMART_ID = new IdentityMethod("SMART_ID");
    /** Confirmed with Mobile-ID (M. parašas). */
    public static final IdentityMethod MOBILE_ID = new IdentityMethod("MOBILE_ID");
    /** Confirmed some other way. */
    public static final IdentityMethod OTHER = new IdentityMethod("OTHER");

    private static final Map<String, IdentityMethod> KNOWN = index(SMART_ID, MOBILE_ID, OTHER);

    private IdentityMethod(String value) {
        super(value);
    }

    /** The constant for a known value, or a new value object for one the SDK does not know yet. */
    public static IdentityMethod of(String value) {
        return lookup(KNOWN, value, IdentityMethod::new);
    }

    @Override
    public boolean isKnown() {
        return KNOWN.containsKey(value());
    }
}
