package lt.savitarna.sdk.testkit.sandbox;

import static lt.savitarna.sdk.testkit.sandbox.Http.scope;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import lt.savitarna.sdk.testkit.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Žemyna programme: membership, offers, orders and their rules, exactly-once ordering. */
class LoyaltyTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:15:30Z");
    private static final String MAIN = scope(DemoData.MAIN_COMPANY_ID, DemoData.MAIN_PARTY_ID) + "/loyalty";
    private static final String SELF = scope(DemoData.AGROKONCERNAS_ID, DemoData.JONAS_PARTY_ID) + "/loyalty";

    private SandboxServer sandbox;
    private Http http;
    private String jonas;

    @BeforeEach
    void start() {
        sandbox = SandboxServer.builder().clock(MutableClock.at(NOW))
                .largeDocumentSize(SandboxServer.MIN_LARGE_DOCUMENT_SIZE).start();
        http = new Http(sandbox);
        jonas = http.accessToken(DemoData.JONAS_EMAIL, DemoData.JONAS_PASSWORD);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void membershipOfACompanyAndOfThePersonThemselves() {
        JsonObject farm = http.get(MAIN + "/membership").bearer(jonas).send().json();
        assertEquals("MEMBER", farm.getString("state"));
        assertEquals(DemoData.JAVU_LAUKAS_CARD_NUMBER, farm.getString("cardNumber"));
        assertEquals(DemoData.RULES_VERSION, farm.getString("rulesVersion"));
        assertTrue(farm.containsKey("memberSince"));

        JsonObject self = http.get(SELF + "/membership").bearer(jonas).send().json();
        assertEquals("NOT_MEMBER", self.getString("state"));
        assertEquals(1, self.size());
    }

    @Test
    void joiningNeedsTheRulesAccepted() {
        for (String body : List.of("{}", "{\"acceptRules\":false}")) {
            Http.Reply refused = http.post(SELF + "/membership", body).bearer(jonas).key(Http.newKey()).send();
            assertEquals(422, refused.status(), body);
            assertEquals("CONSENT_REQUIRED", refused.code());
            assertEquals("acceptRules", refused.firstErrorField());
        }
        assertEquals(400, http.post(SELF + "/membership", "{\"acceptRules\":\"yes\"}").bearer(jonas).key(Http.newKey())
                .send().status());

        Http.Reply joined = http.post(SELF + "/membership", "{\"acceptRules\":true}").bearer(jonas).key(Http.newKey())
                .send();
        assertEquals(201, joined.status(), joined::toString);
        assertEquals("MEMBER", joined.json().getString("state"));
        assertEquals("2026-11-24", joined.json().getString("memberSince"));
        assertTrue(joined.json().getString("cardNumber").startsWith("ZEM-"));
        Http.Reply again = http.post(SELF + "/membership", "{\"acceptRules\":true}").bearer(jonas).key(Http.newKey())
                .send();
        assertEquals(200, again.status(), "already a member");
        assertEquals(joined.json().getString("cardNumber"), again.json().getString("cardNumber"));
        assertTrue(http.get("/api/v1/me").bearer(jonas).send().json().getBoolean("zemynaMember"),
                "a person's own membership is the account's");
        assertEquals("MEMBER", http.get(scope(DemoData.GRUDAI_ID, DemoData.JONAS_PARTY_ID) + "/loyalty/membership")
                .bearer(jonas).send().json().getString("state"), "in every group company");
    }

    @Test
    void offersListedAreTheCurrentOnesSoonestEndingFirst() {
        JsonObject page = http.get(MAIN + "/offers").bearer(jonas).send().json();
        List<JsonObject> offers = page.getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(DemoData.AGROKONCERNAS_CURRENT_OFFER_COUNT, offers.size());
        for (int i = 1; i < offers.size(); i++) {
            assertTrue(offers.get(i - 1).getString("validTo").compareTo(offers.get(i).getString("validTo")) <= 0);
        }
        for (JsonObject offer : offers) {
            assertTrue(Instant.parse(offer.getString("validFrom")).isBefore(NOW));
            assertTrue(Instant.parse(offer.getString("validTo")).isAfter(NOW));
        }
        assertFalse(offers.stream().anyMatch(o -> o.getString("id").equals(DemoData.EXPIRED_OFFER_ID)));

        JsonObject fertiliser = http.get(MAIN + "/offers/" + DemoData.FERTILISER_OFFER_ID).bearer(jonas).send().json();
        assertEquals("289.00", fertiliser.getJsonObject("price").getString("amount"));
        assertEquals("EUR", fertiliser.getJsonObject("price").getString("currency"));
        assertEquals("t", fertiliser.getString("unit"));
        assertEquals("1", fertiliser.getString("minQuantity"));
        assertEquals("25", fertiliser.getString("maxQuantity"));
        assertEquals("140.5", fertiliser.getString("remainingQuantity"));
        JsonObject expired = http.get(MAIN + "/offers/" + DemoData.EXPIRED_OFFER_ID).bearer(jonas).send().json();
        assertTrue(Instant.parse(expired.getString("validTo")).isBefore(NOW), "expired offers stay readable");
        assertEquals(3, http.get(scope(DemoData.GRUDAI_ID, DemoData.JAVU_LAUKAS_PARTY_ID) + "/loyalty/offers")
                .bearer(jonas).send().json().getJsonArray("items").size() + 1, "grūdai: two current, one ended");
        assertTrue(http.get(SELF + "/offers").bearer(jonas).send().json().getJsonArray("items").size() > 0,
                "non-members see offers too");
    }

    @Test
    void anOrderIsPlacedAndTakesFromWhatIsLeft() {
        Http.Reply placed = order(MAIN, DemoData.FERTILISER_OFFER_ID, "2.5", Http.newKey());
        assertEquals(201, placed.status(), placed::toString);
        JsonObject order = placed.json();
        assertEquals("PLACED", order.getString("state"));
        assertTrue(order.getBoolean("cancellable"));
        assertEquals("2.5", order.getString("quantity"));
        assertEquals("722.50", order.getJsonObject("total").getString("amount"));
        assertEquals("289.00", order.getJsonObject("unitPrice").getString("amount"));
        assertEquals(MAIN.replace("/loyalty", "") + "/loyalty/orders/" + order.getString("id"),
                placed.header("Location").orElseThrow());
        assertEquals("138", http.get(MAIN + "/offers/" + DemoData.FERTILISER_OFFER_ID).bearer(jonas).send().json()
                .getString("remainingQuantity"));
        assertEquals(order, http.get(MAIN + "/orders/" + order.getString("id")).bearer(jonas).send().json());
    }

    @Test
    void theRulesOfOrdering() {
        assertProblem(order(SELF, DemoData.FERTILISER_OFFER_ID, "1", Http.newKey()), 403, "NOT_A_MEMBER");
        assertProblem(order(MAIN, "off_nope", "1", Http.newKey()), 404, "NOT_FOUND");
        assertProblem(order(MAIN, DemoData.EXPIRED_OFFER_ID, "100", Http.newKey()), 422, "OFFER_EXPIRED");
        assertProblem(order(MAIN, DemoData.UPCOMING_OFFER_ID, "10", Http.newKey()), 422, "OFFER_EXPIRED");
        Http.Reply tooMuch = order(MAIN, DemoData.FERTILISER_OFFER_ID, "25.5", Http.newKey());
        assertProblem(tooMuch, 422, "QUANTITY_OUT_OF_RANGE");
        assertEquals("quantity", tooMuch.firstErrorField());
        assertProblem(order(MAIN, DemoData.FERTILISER_OFFER_ID, "0.5", Http.newKey()), 422, "QUANTITY_OUT_OF_RANGE");
        assertProblem(order(MAIN, DemoData.LOW_STOCK_OFFER_ID, "4", Http.newKey()), 422, "QUANTITY_OUT_OF_RANGE");
        assertEquals(201, order(MAIN, DemoData.LOW_STOCK_OFFER_ID, "3", Http.newKey()).status());
        assertProblem(order(MAIN, DemoData.LOW_STOCK_OFFER_ID, "1", Http.newKey()), 422, "QUANTITY_OUT_OF_RANGE");
        for (String quantity : List.of("-1", "1e3", "abc", "1.1234567")) {
            assertProblem(order(MAIN, DemoData.FERTILISER_OFFER_ID, quantity, Http.newKey()), 400, "VALIDATION_FAILED");
        }
        assertProblem(http.post(MAIN + "/orders", "{\"quantity\":\"1\"}").bearer(jonas).key(Http.newKey()).send(), 400,
                "VALIDATION_FAILED");
        assertProblem(order(scope(DemoData.GRUDAI_ID, DemoData.JAVU_LAUKAS_PARTY_ID) + "/loyalty",
                DemoData.FERTILISER_OFFER_ID, "1", Http.newKey()), 404, "NOT_FOUND");
    }

    @Test
    void historyIsNewestFirstAndFiltersByState() {
        String placed = order(MAIN, DemoData.FERTILISER_OFFER_ID, "1", Http.newKey()).json().getString("id");
        List<JsonObject> all = new ArrayList<>();
        String cursor = null;
        do {
            JsonObject page = http.get(MAIN + "/orders?limit=2" + (cursor == null ? "" : "&cursor=" + cursor))
                    .bearer(jonas).send().json();
            all.addAll(page.getJsonArray("items").getValuesAs(JsonObject.class));
            cursor = page.isNull("nextCursor") ? null : page.getString("nextCursor");
        } while (cursor != null);
        assertEquals(DemoData.ORDERS_PER_MEMBER_WORKSPACE + 1, all.size());
        assertEquals(placed, all.get(0).getString("id"));
        for (int i = 1; i < all.size(); i++) {
            assertTrue(all.get(i - 1).getString("createdAt").compareTo(all.get(i).getString("createdAt")) >= 0);
        }
        List<JsonObject> open = http.get(MAIN + "/orders?state=PLACED&state=CONFIRMED").bearer(jonas).send().json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(3, open.size());
        assertTrue(open.stream().allMatch(o -> List.of("PLACED", "CONFIRMED").contains(o.getString("state"))));
        assertEquals(400, http.get(MAIN + "/orders?state=placed").bearer(jonas).send().status());
    }

    @Test
    void cancellingWhileTheStateAllows() {
        String path = MAIN + "/orders/" + DemoData.PLACED_ORDER_ID + "/cancellation";
        Http.Reply cancelled = http.post(path, "{\"reason\":\"Užsakyta per klaidą\"}").bearer(jonas).key(Http.newKey())
                .send();
        assertEquals(200, cancelled.status(), cancelled::toString);
        assertEquals("CANCELLED", cancelled.json().getString("state"));
        assertFalse(cancelled.json().getBoolean("cancellable"));
        Http.Reply twice = http.post(path, "").bearer(jonas).key(Http.newKey()).send();
        assertEquals(200, twice.status(), "cancelling a cancelled order answers the order");

        Http.Reply confirmed = http.post(MAIN + "/orders/" + DemoData.CONFIRMED_ORDER_ID + "/cancellation", "{}")
                .bearer(jonas).key(Http.newKey()).send();
        assertProblem(confirmed, 409, "ORDER_NOT_CANCELLABLE");

        String fresh = order(MAIN, DemoData.FERTILISER_OFFER_ID, "5", Http.newKey()).json().getString("id");
        sandbox.workspace(DemoData.MAIN_COMPANY_ID, DemoData.MAIN_PARTY_ID).setOrderState(fresh, "CONFIRMED");
        assertProblem(http.post(MAIN + "/orders/" + fresh + "/cancellation", "{}").bearer(jonas).key(Http.newKey())
                .send(), 409, "ORDER_NOT_CANCELLABLE");
        assertThrows(IllegalArgumentException.class, () -> sandbox.workspace(DemoData.MAIN_COMPANY_ID,
                DemoData.MAIN_PARTY_ID).setOrderState("ord_nope", "CONFIRMED"));
    }

    @Test
    void anOrderWhoseAnswerWasLostIsPlacedOnceWhenRetriedWithTheSameKey() {
        String key = Http.newKey();
        sandbox.faults().add(SandboxFault.on("POST", ".*/loyalty/orders").dropAfterCommit());
        String body = "{\"offerId\":\"" + DemoData.FERTILISER_OFFER_ID + "\",\"quantity\":\"2\"}";
        assertThrows(IOException.class, () -> http.post(MAIN + "/orders", body).bearer(jonas).key(key).sendOrThrow());
        assertEquals(1, sandbox.counters().ordersWithIdempotencyKey(key), "it was placed");

        Http.Reply retry = http.post(MAIN + "/orders", body).bearer(jonas).key(key).send();
        assertEquals(201, retry.status());
        assertEquals("true", retry.header("Idempotent-Replayed").orElseThrow());
        assertEquals(1, sandbox.counters().ordersWithIdempotencyKey(key), "exactly once");
        assertEquals("138.5", http.get(MAIN + "/offers/" + DemoData.FERTILISER_OFFER_ID).bearer(jonas).send().json()
                .getString("remainingQuantity"), "taken once from the offer");
        Http.Reply otherBody = http.post(MAIN + "/orders", body.replace("\"2\"", "\"3\"")).bearer(jonas).key(key).send();
        assertProblem(otherBody, 422, "IDEMPOTENCY_KEY_REUSED");
        assertTrue(http.get("/_sandbox/counters").send().json().getJsonObject("orders")
                .getJsonObject("byIdempotencyKey").getInt(key) == 1);
    }

    private Http.Reply order(String loyalty, String offerId, String quantity, String key) {
        return http.post(loyalty + "/orders", "{\"offerId\":\"" + offerId + "\",\"quantity\":\"" + quantity + "\"}")
                .bearer(jonas).key(key).send();
    }

    private static void assertProblem(Http.Reply reply, int status, String code) {
        assertEquals(status, reply.status(), reply::toString);
        assertEquals(code, reply.code());
    }
}
