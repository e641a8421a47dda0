package lt.savitarna.sdk.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Instant;
import lt.savitarna.sdk.SavitarnaClient;
import lt.savitarna.sdk.Session;
import lt.savitarna.sdk.Workspace;
import lt.savitarna.sdk.loyalty.Loyalty;
import lt.savitarna.sdk.loyalty.Membership;
import lt.savitarna.sdk.loyalty.MembershipState;
import lt.savitarna.sdk.loyalty.Offer;
import lt.savitarna.sdk.loyalty.Order;
import lt.savitarna.sdk.testkit.sandbox.DemoData;

/**
 * Loyalty ordering: joins the Žemyna programme (accepting its rules), lists the current offers,
 * orders one (a retried order is placed once: the SDK reuses its Idempotency-Key) and prints the
 * order history.
 *
 * <pre>{@code
 * mvn -q -Pdemo -DskipTests verify -Ddemo.mainClass=lt.savitarna.sdk.examples.LoyaltyOrdering
 * }</pre>
 */
public final class LoyaltyOrdering {

    private LoyaltyOrdering() {
    }

    public static void main(String[] args) {
        try (ExamplePortal portal = ExamplePortal.fromArguments(args)) {
            run(portal);
        }
    }

    static Order run(ExamplePortal portal) {
        PrintStream out = portal.out();
        try (SavitarnaClient client = portal.client("loyalty-ordering-example");
             Session session = portal.login(client)) {
            // The demo customer acting for himself is not a club member yet.
            Workspace workspace = session.workspace(DemoData.AGROKONCERNAS_ID, DemoData.JONAS_PARTY_ID);

            // @start region=join-club
            Loyalty loyalty = workspace.loyalty();
            Membership membership = loyalty.membership();
            if (MembershipState.SUSPENDED.equals(membership.state())) {
                throw new IllegalStateException("the club membership is suspended: the company must restore it");
            }
            if (!membership.isMember()) {
                membership = loyalty.join(true); // true: the person accepted the club's rules
            }
            out.printf("Žemyna: %s, card %s%n", membership.state(), membership.cardNumber());
            // @end

            // @start region=choose-offer
            Offer chosen = null;
            for (Offer offer : loyalty.offers()) {
                out.printf("  offer %-28s %s %s per %s, until %s%n", offer.title(),
                        offer.price().amount(), offer.price().currency(), offer.unit(), offer.validTo());
                if (chosen == null && offer.isValidAt(Instant.now())) {
                    chosen = offer;
                }
            }
            // @end
            if (chosen == null) {
                throw new IllegalStateException("no offer is valid now");
            }
            // @start region=order
            BigDecimal quantity = chosen.minQuantity() != null ? chosen.minQuantity() : BigDecimal.ONE;
            Order order = loyalty.order(chosen, quantity); // checks the offer's limits before sending
            out.printf("Ordered %s %s of \"%s\": %s, total %s %s%n", order.quantity(), order.unit(),
                    order.offerTitle(), order.state(), order.total().amount(), order.total().currency());
            // @end

            out.println("Order history:");
            for (Order past : loyalty.orders()) {
                out.printf("  %s  %-28s %s %s  %s%n", past.createdAt(), past.offerTitle(),
                        past.quantity(), past.unit(), past.state());
            }
            return order;
        }
    }
}
