package lt.savitarna.sdk.examples;

import java.io.PrintStream;
import java.util.List;
import lt.savitarna.sdk.SavitarnaClient;
import lt.savitarna.sdk.Session;
import lt.savitarna.sdk.loyalty.Loyalty;
import lt.savitarna.sdk.loyalty.Order;
import lt.savitarna.sdk.loyalty.OrderQuery;
import lt.savitarna.sdk.loyalty.OrderState;
import lt.savitarna.sdk.testkit.sandbox.DemoData;

/**
 * Loyalty open orders: the farm's plans changed, so its open Žemyna club orders are cancelled,
 * with the reason, where the company still allows it; the others are listed for a call to the
 * company.
 *
 * <pre>{@code
 * mvn -q -Pdemo -DskipTests verify -Ddemo.mainClass=lt.savitarna.sdk.examples.LoyaltyOpenOrders
 * }</pre>
 */
public final class LoyaltyOpenOrders {

    private LoyaltyOpenOrders() {
    }

    public static void main(String[] args) {
        try (ExamplePortal portal = ExamplePortal.fromArguments(args)) {
            run(portal);
        }
    }

    /** Returns how many orders it cancelled. */
    static int run(ExamplePortal portal) {
        PrintStream out = portal.out();
        try (SavitarnaClient client = portal.client("loyalty-open-orders-example");
             Session session = portal.login(client)) {
            // The demo farm is a club member with open orders.
            Loyalty loyalty = session.workspace(DemoData.MAIN_COMPANY_ID, DemoData.MAIN_PARTY_ID).loyalty();
            int cancelled = 0;

            // @start region=cancel-open-orders
            OrderQuery open = OrderQuery.builder().states(OrderState.PLACED, OrderState.CONFIRMED).build();
            List<Order> openOrders = loyalty.orders(open).stream().toList();
            for (Order order : openOrders) {
                if (order.cancellable()) {
                    Order done = loyalty.cancel(order.id(), "Pasikeitė sėjos planas");
                    out.printf("%s, %s %s: %s%n", order.offerTitle(), order.quantity(), order.unit(), done.state());
                    cancelled++;
                } else {
                    out.printf("%s, %s %s: %s, call the company%n", order.offerTitle(), order.quantity(),
                            order.unit(), order.state());
                }
            }
            // @end
            out.println("Cancelled " + cancelled + " of " + openOrders.size() + " open order(s).");
            return cancelled;
        }
    }
}
