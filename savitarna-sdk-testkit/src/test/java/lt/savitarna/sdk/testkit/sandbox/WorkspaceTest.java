package lt.savitarna.sdk.testkit.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WorkspaceTest {

    private SandboxServer sandbox;
    private Http http;

    @BeforeEach
    void start() {
        sandbox = SandboxServer.builder().start();
        http = new Http(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void listsTheGroupCompanies() {
        Http.Reply reply = http.get("/api/v1/companies").bearer(jonas()).send();

        assertEquals(200, reply.status());
        List<JsonObject> items = reply.json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(2, items.size());
        assertEquals(DemoData.AGROKONCERNAS_ID, items.get(0).getString("id"));
        assertEquals("UAB „Agrokoncernas“", items.get(0).getString("name"));
        assertTrue(items.get(0).getString("companyCode").matches("\\d{9}"));
        assertEquals(DemoData.GRUDAI_ID, items.get(1).getString("id"));
        assertEquals("UAB „Agrokoncerno grūdai“", items.get(1).getString("name"));
        assertEquals(401, http.get("/api/v1/companies").send().status());
    }

    @Test
    void pagesThroughJonasRepresentations() {
        String token = jonas();
        List<JsonObject> all = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            String path = "/api/v1/me/representations?limit=2" + (cursor == null ? "" : "&cursor=" + cursor);
            JsonObject page = http.get(path).bearer(token).send().json();
            all.addAll(page.getJsonArray("items").getValuesAs(JsonObject.class));
            cursor = page.isNull("nextCursor") ? null : page.getString("nextCursor");
            pages++;
        } while (cursor != null);

        assertEquals(3, pages);
        assertEquals(DemoData.JONAS_REPRESENTATION_COUNT, all.size());
        assertEquals(List.of(
                        DemoData.AGROKONCERNAS_ID + "/" + DemoData.JONAS_PARTY_ID,
                        DemoData.AGROKONCERNAS_ID + "/" + DemoData.JAVU_LAUKAS_PARTY_ID,
                        DemoData.AGROKONCERNAS_ID + "/" + DemoData.ZALIOJI_DIRVA_PARTY_ID,
                        DemoData.GRUDAI_ID + "/" + DemoData.JONAS_PARTY_ID,
                        DemoData.GRUDAI_ID + "/" + DemoData.JAVU_LAUKAS_PARTY_ID),
                all.stream().map(r -> r.getJsonObject("company").getString("id") + "/"
                        + r.getJsonObject("party").getString("id")).toList());
        JsonObject self = all.get(0).getJsonObject("party");
        assertEquals("PERSON", self.getString("kind"));
        assertEquals("Jonas Jonaitis", self.getString("name"));
        assertEquals(JsonValue.NULL, self.get("code"));
        JsonObject farm = all.get(1).getJsonObject("party");
        assertEquals("COMPANY", farm.getString("kind"));
        assertEquals(DemoData.JAVU_LAUKAS_NAME, farm.getString("name"));
        assertEquals(DemoData.JAVU_LAUKAS_CODE, farm.getString("code"));
        assertEquals(DemoData.AGROKONCERNAS_NAME, all.get(0).getJsonObject("company").getString("name"));
    }

    @Test
    void defaultPageHoldsEverythingAndEndsWithNullCursor() {
        JsonObject page = http.get("/api/v1/me/representations").bearer(jonas()).send().json();
        assertEquals(5, page.getJsonArray("items").size());
        assertTrue(page.containsKey("nextCursor"));
        assertTrue(page.isNull("nextCursor"));
    }

    @Test
    void badPagingParametersAreValidationErrors() {
        String token = jonas();
        for (String query : List.of("limit=0", "limit=201", "limit=ten", "cursor=not-a-cursor")) {
            Http.Reply reply = http.get("/api/v1/me/representations?" + query).bearer(token).send();
            assertEquals(400, reply.status(), query);
            assertEquals(query.substring(0, query.indexOf('=')), reply.firstErrorField());
        }
        assertEquals(200, http.get("/api/v1/me/representations?limit=200").bearer(token).send().status());
    }

    @Test
    void representationsNeedAConfirmedIdentity() {
        Http.Reply reply = http.get("/api/v1/me/representations").bearer(ona()).send();
        assertEquals(403, reply.status());
        assertEquals("IDENTITY_NOT_CONFIRMED", reply.code());
    }

    @Test
    void confirmingOverHttpGivesThePersonBothGroupCompanies() {
        String token = ona();
        Http.Reply confirmed = http.post("/_sandbox/accounts/" + DemoData.ONA_EMAIL + "/confirm-identity",
                "{\"personalCode\":\"" + DemoData.ONA_PERSONAL_CODE + "\",\"method\":\"MOBILE_ID\","
                        + "\"givenName\":\"ONA\",\"surname\":\"PETRAITIENĖ\"}").send();
        assertEquals(200, confirmed.status(), confirmed::toString);
        assertEquals("MOBILE_ID", confirmed.json().getJsonObject("identity").getString("method"));

        List<JsonObject> items = http.get("/api/v1/me/representations").bearer(token).send().json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(2, items.size());
        assertEquals(items.get(0).getJsonObject("party").getString("id"),
                items.get(1).getJsonObject("party").getString("id"), "one person, two group companies");
        assertEquals("PERSON", items.get(0).getJsonObject("party").getString("kind"));
        assertEquals("Ona Petraitienė", items.get(0).getJsonObject("party").getString("name"));
        assertTrue(http.get("/api/v1/me").bearer(token).send().json().getJsonObject("identity").getBoolean("confirmed"));
    }

    @Test
    void aConfirmedIdentityCannotChangePerson() {
        Http.Reply mismatch = http.post("/_sandbox/accounts/" + DemoData.JONAS_EMAIL + "/confirm-identity",
                "{\"personalCode\":\"30403039917\"}").send();
        assertEquals(409, mismatch.status());
        assertEquals("IDENTITY_MISMATCH", mismatch.code());

        Http.Reply same = http.post("/_sandbox/accounts/" + DemoData.JONAS_EMAIL.toUpperCase() + "/confirm-identity",
                "{\"personalCode\":\"" + DemoData.JONAS_PERSONAL_CODE + "\"}").send();
        assertEquals(200, same.status(), "the same person again changes nothing");

        assertThrows(IllegalStateException.class, () -> sandbox.confirmIdentity(DemoData.JONAS_EMAIL,
                SandboxIdentity.smartId("30403039917", "X", "Y")));
    }

    @Test
    void theHookValidatesItsInput() {
        assertEquals(404, http.post("/_sandbox/accounts/nobody@example.lt/confirm-identity",
                "{\"personalCode\":\"30303039914\"}").send().status());
        Http.Reply bad = http.post("/_sandbox/accounts/" + DemoData.ONA_EMAIL + "/confirm-identity",
                "{\"personalCode\":\"123\"}").send();
        assertEquals(400, bad.status());
        assertEquals("personalCode", bad.firstErrorField());
        assertThrows(IllegalArgumentException.class, () -> sandbox.confirmIdentity("nobody@example.lt",
                SandboxIdentity.smartId("30303039914", "X", "Y")));
    }

    @Test
    void javaHooksConfirmAndGrant() {
        String partyId = sandbox.grantRepresentation(DemoData.ONA_PERSONAL_CODE, DemoData.GRUDAI_ID,
                "ŪB „Petraičių ūkis“", "303333333");
        SandboxAccount ona = sandbox.confirmIdentity(DemoData.ONA_EMAIL,
                SandboxIdentity.mobileId(DemoData.ONA_PERSONAL_CODE, DemoData.ONA_GIVEN_NAME, DemoData.ONA_SURNAME));

        assertTrue(ona.identityConfirmed());
        List<JsonObject> items = http.get("/api/v1/me/representations").bearer(ona()).send().json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(3, items.size());
        assertEquals(partyId, items.get(2).getJsonObject("party").getString("id"));
        assertEquals(DemoData.GRUDAI_ID, items.get(2).getJsonObject("company").getString("id"));
        assertFalse(SandboxIdentity.smartId("30303039914", "A", "B").toString().contains("30303039914"));
    }

    @Test
    void freshAccountsConfirmedLaterRepresentTheirCompanies() {
        http.register("new.farmer@example.lt", Http.newKey());
        String token = http.accessToken("new.farmer@example.lt", "slaptas-123");
        sandbox.confirmIdentity("new.farmer@example.lt",
                SandboxIdentity.smartId("39001010000", "PETRAS", "PETRAITIS"));
        Http.Reply granted = http.post("/_sandbox/representations", "{\"personalCode\":\"39001010000\","
                + "\"companyId\":\"agrokoncernas\",\"partyName\":\"UAB „Laukai“\",\"partyCode\":\"304444444\"}").send();
        assertEquals(201, granted.status());

        assertEquals(3, http.get("/api/v1/me/representations").bearer(token).send().json()
                .getJsonArray("items").size());
    }

    private String jonas() {
        return http.accessToken(DemoData.JONAS_EMAIL, DemoData.JONAS_PASSWORD);
    }

    private String ona() {
        return http.accessToken(DemoData.ONA_EMAIL, DemoData.ONA_PASSWORD);
    }
}
