package lt.savitarna.sdk.loyalty;

import java.util.Map;
import java.util.Objects;

/**
 * A workspace's standing in the Žemyna club. A forward-compatible value: besides the known constants, any value the portal adds
 * later arrives intact ({@link #isKnown()} is then false) instead of breaking the parsing.
 * Compare with {@code equals}, never with {@code ==}.
 *
 * <pre>{@code
 * if (!MembershipState.MEMBER.equals(ws.loyalty().membership().state())) { ... }
 * }</pre>
 */
public final class MembershipState {

    /** Not a member; {@code Loyalty.join(true)} joins. */
    public static final MembershipState NOT_MEMBER = new MembershipState("NOT_MEMBER");
    /** A member: offers can be ordered. */
    public static final MembershipState MEMBER = new MembershipState("MEMBER");
    /** Membership suspended. */
    public static final MembershipState SUSPENDED = new MembershipState("SUSPENDED");

    private static final Map<String, MembershipState> KNOWN = Map.of(
            NOT_MEMBER.value, NOT_MEMBER,
            MEMBER.value, MEMBER,
            SUSPENDED.value, SUSPENDED);

    private final String value;

    private MembershipState(String value) {
        this.value = value;
    }

    /** The constant for a known value, or a new value object for one the SDK does not know yet. */
    public static MembershipState of(String value) {
        Objects.requireNonNull(value, "value");
        MembershipState known = KNOWN.get(value);
        return known != null ? known : new MembershipState(value);
    }

    /** The wire value, e.g. {@code NOT_MEMBER}. */
    public String value() {
        return value;
    }

    /** Whether this SDK version knows the value. */
    public boolean isKnown() {
        return KNOWN.containsKey(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MembershipState other && other.value.equals(value);
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
