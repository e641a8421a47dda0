package lt.savitarna.sdk.testkit.sandbox.internal.workspace;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import lt.savitarna.sdk.testkit.sandbox.internal.Access;
import lt.savitarna.sdk.testkit.sandbox.internal.Account;
import lt.savitarna.sdk.testkit.sandbox.internal.FieldError;
import lt.savitarna.sdk.testkit.sandbox.internal.FieldReader;
import lt.savitarna.sdk.testkit.sandbox.internal.Idempotency;
import lt.savitarna.sdk.testkit.sandbox.internal.Paging;
import lt.savitarna.sdk.testkit.sandbox.internal.Problem;
import lt.savitarna.sdk.testkit.sandbox.internal.ProblemException;
import lt.savitarna.sdk.testkit.sandbox.internal.Representation;
import lt.savitarna.sdk.testkit.sandbox.internal.RequestContext;
import lt.savitarna.sdk.testkit.sandbox.internal.Response;
import lt.savitarna.sdk.testkit.sandbox.internal.Router;

/**
 * The Žemyna loyalty programme of a workspace: membership and joining, the group company's
 * offers, and orders. Placing an order checks, in this order: the body ({@code 400}),
 * membership ({@code 403 NOT_A_MEMBER}), the offer ({@code 404}), its validity
 * ({@code 422 OFFER_EXPIRED}) and the quantity ({@code 422 QUANTITY_OUT_OF_RANGE}); then takes
 * the quantity from what is left of the offer, atomically.
 */
public final class LoyaltyEndpoints {

    static final String LOYALTY = WorkspaceRoutes.SCOPE + "/loyalty";
    private static final Pattern DECIMAL = Pattern.compile("\\d{1,12}(\\.\\d{1,6})?");
    private static final int REASON_MAX = 500;

    private LoyaltyEndpoints() {
    }

    public static void register(Router router, WorkspaceStore store) {
        router.add("GET", LOYALTY + "/membership", Access.SCOPED, Idempotency.NONE, c -> membership(c, store));
        router.add("POST", LOYALTY + "/membership", Access.SCOPED, Idempotency.REQUIRED, c -> join(c, store));
        router.add("GET", LOYALTY + "/offers", Access.SCOPED, Idempotency.NONE, c -> offers(c, store));
        router.add("GET", LOYALTY + "/offers/{offerId}", Access.SCOPED, Idempotency.NONE,
                c -> Response.json(200, WorkspaceViews.offer(offer(c, store))));
        router.add("POST", LOYALTY + "/orders", Access.SCOPED, Idempotency.REQUIRED, c -> order(c, store));
        router.add("GET", LOYALTY + "/orders", Access.SCOPED, Idempotency.NONE, c -> orders(c, store));
        router.add("GET", LOYALTY + "/orders/{orderId}", Access.SCOPED, Idempotency.NONE,
                c -> Response.json(200, WorkspaceViews.order(existingOrder(c, store))));
        router.add("POST", LOYALTY + "/orders/{orderId}/cancellation", Access.SCOPED, Idempotency.REQUIRED,
                c -> cancel(c, store));
    }

    static Response membership(RequestContext context, WorkspaceStore store) {
        return Response.json(200, WorkspaceViews.membership(
                store.membership(context.scope(), context.confirmedAccount()).orElse(null)));
    }

    static Response join(RequestContext context, WorkspaceStore store) {
        FieldReader fields = new FieldReader(context.jsonBody());
        boolean accepted = fields.bool("acceptRules").orElse(false);
        fields.throwIfInvalid();
        if (!accepted) {
            throw new ProblemException(Problem.of(422, "CONSENT_REQUIRED",
                            "acceptRules: the Žemyna club rules must be accepted to join")
                    .withErrors(List.of(new FieldError("acceptRules", "REQUIRED_TRUE",
                            "the club rules must be accepted"))));
        }
        WorkspaceStore.Joined joined = store.join(context.scope(), context.confirmedAccount());
        return Response.json(joined.already() ? 200 : 201, WorkspaceViews.membership(joined.membership()));
    }

    static Response offers(RequestContext context, WorkspaceStore store) {
        Instant now = store.now();
        List<OfferRecord> current = store.offers(context.scope().company().id()).stream()
                .filter(offer -> offer.validAt(now)).toList();
        Paging.Page<OfferRecord> page = Paging.page(current, context, OfferRecord::id);
        return Response.json(200, WorkspaceViews.page(page.items(), page.nextCursor(), WorkspaceViews::offer));
    }

    private static OfferRecord offer(RequestContext context, WorkspaceStore store) {
        return store.offer(context.scope().company().id(), context.pathVariable("offerId"))
                .orElseThrow(() -> new ProblemException(Problem.notFound("No such offer in this workspace")));
    }

    static Response order(RequestContext context, WorkspaceStore store) {
        Representation scope = context.scope();
        Account account = context.confirmedAccount();
        FieldReader fields = new FieldReader(context.jsonBody());
        String offerId = fields.requiredString("offerId").orElse(null);
        String quantityText = fields.requiredString("quantity").orElse(null);
        if (quantityText != null && !DECIMAL.matcher(quantityText).matches()) {
            fields.error("quantity", "INVALID_DECIMAL", "must be a decimal such as 2.5");
        }
        fields.throwIfInvalid();
        BigDecimal quantity = new BigDecimal(quantityText);
        Workspace workspace = WorkspaceRoutes.workspace(context, store);
        Instant now = store.now();
        OrderRecord order;
        synchronized (store.loyaltyLock()) {
            requireMember(store, scope, account);
            OfferRecord offer = store.offer(scope.company().id(), offerId).orElseThrow(() ->
                    new ProblemException(Problem.notFound("No such offer in this workspace")));
            if (!offer.validAt(now)) {
                throw new ProblemException(Problem.of(422, "OFFER_EXPIRED", now.isBefore(offer.validFrom())
                        ? "The offer starts at " + offer.validFrom() : "The offer ended at " + offer.validTo()));
            }
            checkQuantity(offer, quantity);
            store.putOffer(offer.withRemaining(offer.remaining().subtract(quantity)));
            order = new OrderRecord(Ids.random("ord_"), offer.id(), offer.title(), quantity, offer.unit(),
                    offer.price(), offer.price().times(quantity), OrderRecord.PLACED,
                    context.request().header("idempotency-key").orElse(null), now, now);
            workspace.putOrder(order);
        }
        return Response.json(201, WorkspaceViews.order(order)).withHeader("Location",
                "/api/v1/companies/" + scope.company().id() + "/parties/" + scope.party().id()
                        + "/loyalty/orders/" + order.id());
    }

    private static void checkQuantity(OfferRecord offer, BigDecimal quantity) {
        BigDecimal max = offer.maxQuantity() == null ? offer.remaining() : offer.maxQuantity().min(offer.remaining());
        if (quantity.compareTo(offer.minQuantity()) < 0 || quantity.compareTo(max) > 0) {
            String range = WorkspaceViews.decimal(offer.minQuantity()) + " and " + WorkspaceViews.decimal(max);
            String detail = max.compareTo(offer.minQuantity()) < 0
                    ? "Only " + WorkspaceViews.decimal(offer.remaining()) + " " + offer.unit() + " left, less than the"
                            + " minimum order of " + WorkspaceViews.decimal(offer.minQuantity()) + " " + offer.unit()
                    : "The quantity must be between " + range + " " + offer.unit();
            throw new ProblemException(Problem.of(422, "QUANTITY_OUT_OF_RANGE", detail)
                    .withErrors(List.of(new FieldError("quantity", "OUT_OF_RANGE", "must be between " + range))));
        }
    }

    static Response orders(RequestContext context, WorkspaceStore store) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> states = QueryFilters.tokens(context, "state", errors);
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.validation(errors));
        }
        List<OrderRecord> matching = WorkspaceRoutes.workspace(context, store).orders().stream()
                .filter(o -> states.isEmpty() || states.contains(o.state())).toList();
        Paging.Page<OrderRecord> page = Paging.page(matching, context, OrderRecord::id);
        return Response.json(200, WorkspaceViews.page(page.items(), page.nextCursor(), WorkspaceViews::order));
    }

    private static OrderRecord existingOrder(RequestContext context, WorkspaceStore store) {
        return existingOrder(context, WorkspaceRoutes.workspace(context, store));
    }

    private static OrderRecord existingOrder(RequestContext context, Workspace workspace) {
        return workspace.order(context.pathVariable("orderId"))
                .orElseThrow(() -> new ProblemException(Problem.notFound("No such order in this workspace")));
    }

    static Response cancel(RequestContext context, WorkspaceStore store) {
        Representation scope = context.scope();
        Account account = context.confirmedAccount();
        if (context.request().body().length > 0) {
            FieldReader fields = new FieldReader(context.jsonBody());
            String reason = fields.string("reason").orElse(null);
            if (reason != null && reason.length() > REASON_MAX) {
                fields.error("reason", "TOO_LONG", "must be at most " + REASON_MAX + " characters");
            }
            fields.throwIfInvalid();
        }
        Workspace workspace = WorkspaceRoutes.workspace(context, store);
        OrderRecord cancelled;
        synchronized (store.loyaltyLock()) {
            OrderRecord order = existingOrder(context, workspace);
            requireMember(store, scope, account);
            if (OrderRecord.CANCELLED.equals(order.state())) {
                return Response.json(200, WorkspaceViews.order(order));
            }
            if (!order.cancellable()) {
                throw new ProblemException(Problem.of(409, "ORDER_NOT_CANCELLABLE",
                        "The order is " + order.state().toLowerCase(Locale.ROOT) + " and can no longer be cancelled"));
            }
            cancelled = order.withState(OrderRecord.CANCELLED, store.now());
            workspace.putOrder(cancelled);
            store.offer(scope.company().id(), order.offerId()).ifPresent(offer ->
                    store.putOffer(offer.withRemaining(offer.remaining().add(order.quantity()))));
        }
        return Response.json(200, WorkspaceViews.order(cancelled));
    }

    private static void requireMember(WorkspaceStore store, Representation scope, Account account) {
        if (store.membership(scope, account).isEmpty()) {
            throw new ProblemException(Problem.of(403, "NOT_A_MEMBER",
                    "This workspace is not a Žemyna club member; join the club first"));
        }
    }
}
