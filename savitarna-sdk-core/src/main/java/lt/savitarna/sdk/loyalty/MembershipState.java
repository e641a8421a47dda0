package lt.savitarna.sdk.loyalty;

import java.util.Map;
import lt.savitarna.sdk.OpenValue;

/**
 * A workspace's standing in the Žemyna club. A forward-compatible value: besides the known constants, any value the portal adds
 * later arrives intact ({@link #isKnown()} is then false) instead of breaking the parsing.
 * Compare with {@code equals}, never with {@code ==}.
 *
 * <!-- sample: LoyaltyOrdering#join-club -->
 * <pre>{@code
 * Loyalty loyalty = workspace.loyalty();
 * Membership membership = loyalty.membership();
 * if (MembershipState.SUSPENDED.equals(membership.state())) {
 *     throw new IllegalStateException("the club membership is suspended: the company must restore it");
 * }
 * if (!membership.isMember()) {
 *     membership = loyalty.join(true); // true: the person accepted the club's rules
 * }
 * out.printf("Žemyna: %s, card %s%n", membership.state(), membership.cardNumber());
 * }</pre>
 */
public final class MembershipState extends OpenValue {

    /** Not a member; {@code Loyalty.join(true)} joins. */
    public static final MembershipState NOT_MEMBER = new MembershipState("NOT_MEMBER");
    /** A member: offers can be ordered. */
    public static final MembershipState MEMBER = new MembershipState("MEMBER");
    /** Membership suspended. */
    public static final MembershipState SUSPENDED = new MembershipState("SUSPENDED");

    private static final Map<String, MembershipState> KNOWN = index(NOT_MEMBER, MEMBER, SUSPENDED);

    private MembershipState(String value) {
        super(value);
    }

    /** The constant for a known value, or a new value object for one the SDK does not know yet. */
    public static MembershipState of(String value) {
        return lookup(KNOWN, value, MembershipState::new);
    }

    @Override
    public boolean isKnown() {
        return KNOWN.containsKey(value());
    }
}
