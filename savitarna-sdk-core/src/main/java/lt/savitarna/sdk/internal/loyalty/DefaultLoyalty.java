package lt.savitarna.sdk.internal.loyalty;

import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.Objects;
import lt.savitarna.sdk.PagedIterable;
import lt.savitarna.sdk.error.ErrorCodes;
import lt.savitarna.sdk.internal.http.BodySource;
import lt.savitarna.sdk.internal.http.Operation;
import lt.savitarna.sdk.internal.http.ResponseReader;
import lt.savitarna.sdk.internal.workspace.FieldChecks;
import lt.savitarna.sdk.internal.workspace.ScopedCalls;
import lt.savitarna.sdk.internal.workspace.WorkspacePolicies;
import lt.savitarna.sdk.loyalty.Loyalty;
import lt.savitarna.sdk.loyalty.Membership;
import lt.savitarna.sdk.loyalty.Offer;
import lt.savitarna.sdk.loyalty.Order;
import lt.savitarna.sdk.loyalty.OrderQuery;
import lt.savitarna.sdk.loyalty.OrderState;

/** {@link Loyalty} over the portal's loyalty endpoints of one workspace. */
public final class DefaultLoyalty implements Loyalty {

    private final ScopedCalls calls;

    /** The loyalty programme of the workspace {@code calls} is scoped to. */
    public DefaultLoyalty(ScopedCalls calls) {
        this.calls = Objects.requireNonNull(calls, "calls");
    }

    @Override
    public Membership membership() {
        return calls.send(calls.operation("GET", "/loyalty/membership")
                .build(ResponseReader.json(LoyaltyMapping::membership)));
    }

    @Override
    public Membership join(boolean acceptRules) {
        if (!acceptRules) {
            new FieldChecks(calls.locale()).add("acceptRules", ErrorCodes.CONSENT_REQUIRED).throwIfAny();
        }
        JsonObjectBuilder body = calls.json().objectBuilder().add("acceptRules", true);
        return calls.send(calls.operation("POST", "/loyalty/membership")
                .body(BodySource.json(calls.json().write(body.build())))
                .idempotent()
                .build(ResponseReader.json(LoyaltyMapping::membership)));
    }

    @Override
    public PagedIterable<Offer> offers() {
        return offers(WorkspacePolicies.PAGE_DEFAULT);
    }

    @Override
    public PagedIterable<Offer> offers(int pageSize) {
        return calls.paged("/loyalty/offers", ScopedCalls.pageSize(pageSize), b -> b, LoyaltyMapping::offer);
    }

    @Override
    public Offer offer(String offerId) {
        return calls.send(calls.operation("GET", "/loyalty/offers/" + ScopedCalls.id(offerId, "offerId"))
                .build(ResponseReader.json(LoyaltyMapping::offer)));
    }

    @Override
    public Order order(String offerId, BigDecimal quantity) {
        return place(offerId, quantity, null, null);
    }

    @Override
    public Order order(Offer offer, BigDecimal quantity) {
        Objects.requireNonNull(offer, "offer");
        return place(offer.id(), quantity, offer, null);
    }

    @Override
    public Order order(String offerId, BigDecimal quantity, String idempotencyKey) {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        return place(offerId, quantity, null, idempotencyKey);
    }

    private Order place(String offerId, BigDecimal quantity, Offer offer, String idempotencyKey) {
        ScopedCalls.id(offerId, "offerId");
        FieldChecks checks = new FieldChecks(calls.locale());
        QuantityCheck.check(checks, quantity, offer);
        checks.throwIfAny();
        JsonObjectBuilder body = calls.json().objectBuilder()
                .add("offerId", offerId)
                .add("quantity", QuantityCheck.wire(quantity));
        Operation.Builder op = calls.operation("POST", "/loyalty/orders")
                .body(BodySource.json(calls.json().write(body.build())));
        if (idempotencyKey != null) {
            op.idempotencyKey(idempotencyKey);
        } else {
            op.idempotent();
        }
        return calls.send(op.build(ResponseReader.json(LoyaltyMapping::order)));
    }

    @Override
    public PagedIterable<Order> orders() {
        return orders(OrderQuery.all());
    }

    @Override
    public PagedIterable<Order> orders(OrderQuery query) {
        Objects.requireNonNull(query, "query");
        return calls.paged("/loyalty/orders", query.pageSize(),
                b -> b.queryAll("state", query.states().stream().map(OrderState::value).toList()),
                LoyaltyMapping::order);
    }

    @Override
    public Order getOrder(String orderId) {
        return calls.send(calls.operation("GET", "/loyalty/orders/" + ScopedCalls.id(orderId, "orderId"))
                .build(ResponseReader.json(LoyaltyMapping::order)));
    }

    @Override
    public Order cancel(String orderId) {
        return cancel(orderId, null);
    }

    @Override
    public Order cancel(String orderId, String reason) {
        String path = "/loyalty/orders/" + ScopedCalls.id(orderId, "orderId") + "/cancellation";
        new FieldChecks(calls.locale()).optionalText("reason", reason, WorkspacePolicies.REASON_MAX).throwIfAny();
        JsonObjectBuilder body = calls.json().objectBuilder();
        if (reason != null && !reason.isBlank()) {
            body.add("reason", reason.strip());
        }
        return calls.send(calls.operation("POST", path)
                .body(BodySource.json(calls.json().write(body.build())))
                .idempotent()
                .build(ResponseReader.json(LoyaltyMapping::order)));
    }

    @Override
    public String toString() {
        return "Loyalty";
    }
}
