package lt.savitarna.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static lt.savitarna.sdk.testing.Portal.json;
import static lt.savitarna.sdk.testing.Portal.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import lt.savitarna.sdk.error.ConsentRequiredException;
import lt.savitarna.sdk.error.ErrorCodes;
import lt.savitarna.sdk.error.NotAMemberException;
import lt.savitarna.sdk.error.OfferExpiredException;
import lt.savitarna.sdk.error.OrderNotCancellableException;
import lt.savitarna.sdk.error.QuantityOutOfRangeException;
import lt.savitarna.sdk.error.ValidationException;
import lt.savitarna.sdk.loyalty.Membership;
import lt.savitarna.sdk.loyalty.MembershipState;
import lt.savitarna.sdk.loyalty.Offer;
import lt.savitarna.sdk.loyalty.Order;
import lt.savitarna.sdk.loyalty.OrderQuery;
import lt.savitarna.sdk.loyalty.OrderState;
import org.junit.jupiter.api.Test;

class LoyaltyTest extends ClientTestBase {

    static final String SCOPE = "/api/v1/companies/agrokoncernas/parties/p_1/loyalty";

    static final String OFFER = "{\"id\":\"off_1Ab2Cd3\",\"title\":\"Amonio salietra su nuolaida\",\"description\":\"Žemyna"
            + " nariams\",\"validFrom\":\"2026-11-01T00:00:00Z\",\"validTo\":\"2026-12-31T21:59:59Z\",\"price\":{\"amount\":"
            + "\"289.00\",\"currency\":\"EUR\"},\"unit\":\"t\",\"minQuantity\":\"1\",\"maxQuantity\":\"25\","
            + "\"remainingQuantity\":\"140.5\"}";

    static final String ORDER = "{\"id\":\"ord_6Ef7Gh8\",\"offerId\":\"off_1Ab2Cd3\",\"offerTitle\":\"Amonio salietra\","
            + "\"quantity\":\"2.5\",\"unit\":\"t\",\"unitPrice\":{\"amount\":\"289.00\",\"currency\":\"EUR\"},\"total\":"
            + "{\"amount\":\"722.50\",\"currency\":\"EUR\"},\"state\":\"PLACED\",\"cancellable\":true,\"createdAt\":"
            + "\"2026-11-24T10:40:00Z\",\"updatedAt\":\"2026-11-24T10:40:00Z\"}";

    private Workspace ws() {
        stubLogin(true);
        return client.login("ona@example.lt", "Slapta-123".toCharArray()).workspace("agrokoncernas", "p_1");
    }

    @Test
    void readsTheMembership() {
        portal.stub(get(urlEqualTo(SCOPE + "/membership")).willReturn(json(200,
                "{\"state\":\"MEMBER\",\"memberSince\":\"2026-11-24\",\"cardNumber\":\"ZEM-000123\",\"rulesVersion\":\"2024-05\"}")));

        Membership m = ws().loyalty().membership();

        assertTrue(m.isMember());
        assertEquals(LocalDate.of(2026, 11, 24), m.memberSince());
        assertEquals("ZEM-000123", m.cardNumber());
        assertEquals("2024-05", m.rulesVersion());
    }

    @Test
    void joiningWithoutAcceptingTheRulesIsRefusedBeforeTheWire() {
        Workspace ws = ws();
        portal.server.resetRequests();

        ValidationException e = assertThrows(ValidationException.class, () -> ws.loyalty().join(false));

        assertTrue(e.isClientSide());
        assertEquals(ErrorCodes.CONSENT_REQUIRED, e.fieldError("acceptRules").orElseThrow().code());
        assertTrue(e.getLocalizedMessage().contains("club rules"), e.getLocalizedMessage());
        assertTrue(e.message(Locale.forLanguageTag("lt")).contains("taisyklėmis"), e.message(Locale.forLanguageTag("lt")));
        portal.server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void joinsWithTheRulesAcceptedAndAnIdempotencyKey() {
        portal.stub(post(urlEqualTo(SCOPE + "/membership")).willReturn(json(201,
                "{\"state\":\"MEMBER\",\"memberSince\":\"2026-11-24\",\"cardNumber\":\"ZEM-1\"}")));

        assertTrue(ws().loyalty().join(true).isMember());

        LoggedRequest r = portal.server.findAll(postRequestedFor(urlEqualTo(SCOPE + "/membership"))).get(0);
        assertEquals("{\"acceptRules\":true}", r.getBodyAsString());
        assertNotNull(r.getHeader("Idempotency-Key"));
    }

    @Test
    void thePortalsConsentRefusalOfAJoinSpeaksOfTheClubRules() {
        portal.stub(post(urlEqualTo(SCOPE + "/membership")).willReturn(aProblem(422, "CONSENT_REQUIRED",
                "[{\"field\":\"acceptRules\",\"code\":\"REQUIRED_TRUE\",\"message\":\"must be accepted\"}]")));

        ConsentRequiredException e = assertThrows(ConsentRequiredException.class, () -> ws().loyalty().join(true));

        assertTrue(e.getLocalizedMessage().contains("Žemyna farmers' club"), e.getLocalizedMessage());
        assertFalse(e.getLocalizedMessage().contains("To register"));
    }

    @Test
    void listsOffersWithMoneyAndDecimalsExactly() {
        portal.stub(get(urlPathEqualTo(SCOPE + "/offers")).willReturn(json(200, "{\"items\":[" + OFFER + "]}")));

        List<Offer> offers = ws().loyalty().offers(10).stream().toList();

        Offer o = offers.get(0);
        assertEquals(new BigDecimal("289.00"), o.price().amount());
        assertEquals("EUR", o.price().currency().getCurrencyCode());
        assertEquals("289.00 EUR", o.price().toString());
        assertEquals(new BigDecimal("140.5"), o.remainingQuantity());
        assertEquals("t", o.unit());
        assertTrue(o.isValidAt(Instant.parse("2026-12-01T00:00:00Z")));
        assertFalse(o.isValidAt(Instant.parse("2027-01-01T00:00:00Z")));
        portal.server.verify(getRequestedFor(urlPathEqualTo(SCOPE + "/offers")).withQueryParam("limit", equalTo("10")));
    }

    @Test
    void anOrderIsPlacedOnceAlthoughItIsRetried() {
        portal.failThenSucceed(() -> post(urlEqualTo(SCOPE + "/orders")), 1, problem(503, "SERVICE_UNAVAILABLE"),
                json(201, ORDER));

        Order order = ws().loyalty().order("off_1Ab2Cd3", new BigDecimal("2.50"));

        assertEquals(new BigDecimal("722.50"), order.total().amount());
        assertEquals(OrderState.PLACED, order.state());
        assertTrue(order.cancellable());
        List<LoggedRequest> attempts = portal.server.findAll(postRequestedFor(urlEqualTo(SCOPE + "/orders")));
        assertEquals(2, attempts.size());
        Set<String> keys = attempts.stream().map(r -> r.getHeader("Idempotency-Key")).collect(Collectors.toSet());
        assertEquals(1, keys.size(), "one key for the logical order, sent on every attempt");
        portal.server.verify(postRequestedFor(urlEqualTo(SCOPE + "/orders"))
                .withRequestBody(equalToJson("{\"offerId\":\"off_1Ab2Cd3\",\"quantity\":\"2.5\"}")));
    }

    @Test
    void twoOrdersGetTwoKeysButACallerKeyIsKept() {
        portal.stub(post(urlEqualTo(SCOPE + "/orders")).willReturn(json(201, ORDER)));
        Workspace ws = ws();

        ws.loyalty().order("off_1Ab2Cd3", BigDecimal.ONE);
        ws.loyalty().order("off_1Ab2Cd3", BigDecimal.ONE);
        ws.loyalty().order("off_1Ab2Cd3", BigDecimal.ONE, "erp-line-4711");

        List<String> keys = portal.server.findAll(postRequestedFor(urlEqualTo(SCOPE + "/orders"))).stream()
                .map(r -> r.getHeader("Idempotency-Key")).toList();
        assertEquals(3, Set.copyOf(keys).size());
        assertEquals("erp-line-4711", keys.get(2));
    }

    @Test
    void theQuantityIsCheckedBeforeTheWire() {
        Workspace ws = ws();
        portal.server.resetRequests();

        assertEquals(ErrorCodes.FIELD_OUT_OF_RANGE, fieldCode(() -> ws.loyalty().order("o", BigDecimal.ZERO)));
        assertEquals(ErrorCodes.FIELD_OUT_OF_RANGE, fieldCode(() -> ws.loyalty().order("o", new BigDecimal("-1"))));
        assertEquals(ErrorCodes.FIELD_REQUIRED, fieldCode(() -> ws.loyalty().order("o", null)));
        assertEquals(ErrorCodes.FIELD_TOO_PRECISE, fieldCode(() -> ws.loyalty().order("o", new BigDecimal("0.0000001"))));
        assertEquals(ErrorCodes.FIELD_TOO_PRECISE, fieldCode(() -> ws.loyalty().order("o", new BigDecimal("1E+12"))));
        assertThrows(IllegalArgumentException.class, () -> ws.loyalty().order(" ", BigDecimal.ONE));
        portal.server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void theOffersLimitsAreCheckedWhenTheOfferIsKnown() {
        portal.stub(get(urlEqualTo(SCOPE + "/offers/off_1Ab2Cd3")).willReturn(json(200, OFFER)));
        Workspace ws = ws();
        Offer offer = ws.loyalty().offer("off_1Ab2Cd3");
        portal.server.resetRequests();

        ValidationException below = assertThrows(ValidationException.class,
                () -> ws.loyalty().order(offer, new BigDecimal("0.5")));
        ValidationException above = assertThrows(ValidationException.class,
                () -> ws.loyalty().order(offer, new BigDecimal("26")));

        assertEquals("Quantity must be at least 1 t.", below.fieldError("quantity").orElseThrow().message());
        assertTrue(above.getLocalizedMessage().contains("at most 25 t"), above.getLocalizedMessage());
        assertTrue(above.message(Locale.forLanguageTag("lt")).startsWith("Patikrinkite"));
        portal.server.verify(0, anyRequestedFor(anyUrl()));

        Offer almostGone = new Offer("off_2", "x", null, null, null, Money.euro("1.00"), "kg", BigDecimal.ONE, null,
                new BigDecimal("3"));
        ValidationException remaining = assertThrows(ValidationException.class,
                () -> ws.loyalty().order(almostGone, new BigDecimal("4")));
        assertTrue(remaining.getLocalizedMessage().contains("3 kg"), remaining.getLocalizedMessage());
    }

    @Test
    void thePortalsRefusalsHaveTheirOwnTypes() {
        portal.stub(post(urlEqualTo(SCOPE + "/orders")).withRequestBody(equalToJson("{\"offerId\":\"a\",\"quantity\":\"1\"}"))
                .willReturn(problem(403, "NOT_A_MEMBER")));
        portal.stub(post(urlEqualTo(SCOPE + "/orders")).withRequestBody(equalToJson("{\"offerId\":\"b\",\"quantity\":\"1\"}"))
                .willReturn(problem(422, "OFFER_EXPIRED")));
        portal.stub(post(urlEqualTo(SCOPE + "/orders")).withRequestBody(equalToJson("{\"offerId\":\"c\",\"quantity\":\"1\"}"))
                .willReturn(aProblem(422, "QUANTITY_OUT_OF_RANGE",
                        "[{\"field\":\"quantity\",\"code\":\"OUT_OF_RANGE\",\"message\":\"must be between 1 and 25\"}]")));
        Workspace ws = ws();

        NotAMemberException notMember = assertThrows(NotAMemberException.class,
                () -> ws.loyalty().order("a", BigDecimal.ONE));
        assertThrows(OfferExpiredException.class, () -> ws.loyalty().order("b", BigDecimal.ONE));
        QuantityOutOfRangeException range = assertThrows(QuantityOutOfRangeException.class,
                () -> ws.loyalty().order("c", BigDecimal.ONE));

        assertTrue(notMember.getLocalizedMessage().contains("Join the club"));
        assertInstanceOf(ValidationException.class, range, "one catch handles client and portal checks");
        assertFalse(range.isClientSide());
        assertEquals("OUT_OF_RANGE", range.fieldError("quantity").orElseThrow().code());
    }

    @Test
    void readsTheOrderHistoryByState() {
        portal.stub(get(urlPathEqualTo(SCOPE + "/orders")).willReturn(json(200, "{\"items\":[" + ORDER + "]}")));
        portal.stub(get(urlEqualTo(SCOPE + "/orders/ord_6Ef7Gh8")).willReturn(json(200, ORDER)));
        Workspace ws = ws();

        List<Order> orders = ws.loyalty().orders(OrderQuery.builder().states(OrderState.PLACED, OrderState.CONFIRMED)
                .pageSize(5).build()).stream().toList();

        assertEquals(1, orders.size());
        LoggedRequest r = portal.server.findAll(getRequestedFor(urlPathEqualTo(SCOPE + "/orders"))).get(0);
        assertEquals(List.of("PLACED", "CONFIRMED"), r.queryParameter("state").values());
        assertEquals("5", r.queryParameter("limit").firstValue());
        assertEquals(new BigDecimal("2.5"), ws.loyalty().getOrder("ord_6Ef7Gh8").quantity());
    }

    @Test
    void cancelsWithAReasonAndReportsWhenItIsTooLate() {
        portal.stub(post(urlEqualTo(SCOPE + "/orders/ord_1/cancellation"))
                .willReturn(json(200, ORDER.replace("PLACED", "CANCELLED").replace("\"cancellable\":true",
                        "\"cancellable\":false"))));
        portal.stub(post(urlEqualTo(SCOPE + "/orders/ord_2/cancellation"))
                .willReturn(problem(409, "ORDER_NOT_CANCELLABLE")));
        Workspace ws = ws();

        Order cancelled = ws.loyalty().cancel("ord_1", "Užsakyta per klaidą");

        assertEquals(OrderState.CANCELLED, cancelled.state());
        LoggedRequest r = portal.server.findAll(postRequestedFor(urlEqualTo(SCOPE + "/orders/ord_1/cancellation"))).get(0);
        assertEquals("{\"reason\":\"Užsakyta per klaidą\"}", r.getBodyAsString());
        assertNotNull(r.getHeader("Idempotency-Key"));
        assertThrows(OrderNotCancellableException.class, () -> ws.loyalty().cancel("ord_2"));
        assertThrows(ValidationException.class, () -> ws.loyalty().cancel("ord_1", "x".repeat(501)));
    }

    @Test
    void unknownMembershipStatesSurvive() {
        portal.stub(get(urlEqualTo(SCOPE + "/membership")).willReturn(json(200, "{\"state\":\"HONORARY\"}")));
        Membership m = ws().loyalty().membership();
        assertEquals("HONORARY", m.state().value());
        assertFalse(m.isMember());
        assertFalse(MembershipState.of("HONORARY").isKnown());
        assertNull(m.cardNumber());
    }

    private static String fieldCode(Runnable call) {
        ValidationException e = assertThrows(ValidationException.class, call::run);
        assertTrue(e.isClientSide());
        return e.fieldError("quantity").orElseThrow().code();
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder aProblem(int status, String code,
                                                                                            String errors) {
        return com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(status)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"about:blank\",\"title\":\"t\",\"status\":" + status + ",\"code\":\"" + code
                        + "\",\"requestId\":\"srv-1\",\"errors\":" + errors + "}");
    }
}
