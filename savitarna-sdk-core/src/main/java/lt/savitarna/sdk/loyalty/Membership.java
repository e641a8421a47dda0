package lt.savitarna.sdk.loyalty;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A workspace's membership of the Žemyna club. For the person's own party it is the account's
 * membership (the {@code zemynaClub} consent); a represented company has its own.
 *
 * <pre>{@code
 * Membership m = ws.loyalty().membership();
 * if (!m.isMember()) {
 *     m = ws.loyalty().join(true);
 * }
 * System.out.println("Kortelė " + m.cardNumber());
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
