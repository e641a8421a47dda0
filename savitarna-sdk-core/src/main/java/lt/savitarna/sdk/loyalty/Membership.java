package lt.savitarna.sdk.loyalty;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A workspace's membership of the Žemyna club. For the person's own party it is the account's
 * membership (the {@code zemynaClub} consent); a represented company has its own.
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
 *
 * @param state        the standing (forward compatible)
 * @param memberSince  since when, or {@code null}
 * @param cardNumber   the club card number, or {@code null}
 * @param rulesVersion the version of the club rules accepted, or {@code null}
 */
public record Membership(MembershipState state, LocalDate memberSince, String cardNumber, String rulesVersion) {

    /** Requires the state. */
    public Membership {
        Objects.requireNonNull(state, "state");
    }

    /** Whether the workspace is a member (and so can order offers). */
    public boolean isMember() {
        return MembershipState.MEMBER.equals(state);
    }
}
