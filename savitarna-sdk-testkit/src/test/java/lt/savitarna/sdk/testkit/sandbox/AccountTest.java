package lt.savitarna.sdk.testkit.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccountTest {

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
    void meShowsAConfirmedIdentityMasked() {
        JsonObject me = me(DemoData.JONAS_EMAIL, DemoData.JONAS_PASSWORD);

        assertEquals(DemoData.JONAS_ACCOUNT_ID, me.getString("accountId"));
        assertEquals("Jonas", me.getString("firstName"));
        assertEquals("Jonaitis", me.getString("lastName"));
        assertEquals(DemoData.JONAS_EMAIL, me.getString("email"));
        JsonObject identity = me.getJsonObject("identity");
        assertTrue(identity.getBoolean("confirmed"));
        assertEquals("SMART_ID", identity.getString("method"));
        assertEquals("3*********4", identity.getString("personalCodeMasked"));
        assertEquals("JONAS", identity.getString("givenName"));
        assertEquals("JONAITIS", identity.getString("surname"));
        assertTrue(identity.containsKey("confirmedAt"));
        assertFalse(me.toString().contains(DemoData.JONAS_PERSONAL_CODE), "the full code never leaves the server");
        assertFalse(me.getBoolean("zemynaMember"));
    }

    @Test
    void meShowsAnUnconfirmedZemynaMember() {
        JsonObject me = me(DemoData.ONA_EMAIL, DemoData.ONA_PASSWORD);

        assertEquals(1, me.getJsonObject("identity").size(), "only {confirmed:false}");
        assertFalse(me.getJsonObject("identity").getBoolean("confirmed"));
        assertTrue(me.getBoolean("zemynaMember"));
        assertTrue(me.getJsonObject("consents").getBoolean("zemynaClub"));
        assertEquals("Petraitienė", me.getString("lastName"));
    }

    @Test
    void consentsChangeAndWithdrawingTheClubLeavesIt() {
        String token = http.accessToken(DemoData.ONA_EMAIL, DemoData.ONA_PASSWORD);

        Http.Reply changed = http.patch("/api/v1/me/consents", "{\"directMarketing\":true,\"zemynaClub\":false}")
                .bearer(token).key(Http.newKey()).send();

        assertEquals(200, changed.status());
        JsonObject consents = changed.json();
        assertTrue(consents.getBoolean("directMarketing"));
        assertFalse(consents.getBoolean("zemynaClub"));
        assertTrue(consents.getBoolean("privacyPolicyAndRules"));
        assertEquals(DemoData.RULES_VERSION, consents.getString("rulesVersion"));
        assertFalse(sandbox.account(DemoData.ONA_EMAIL).orElseThrow().zemynaMember());

        JsonObject unchanged = http.patch("/api/v1/me/consents", "{}").bearer(token).key(Http.newKey()).send().json();
        assertTrue(unchanged.getBoolean("directMarketing"), "absent means unchanged");
    }

    @Test
    void theAcknowledgementCannotBeWithdrawn() {
        String token = http.accessToken(DemoData.ONA_EMAIL, DemoData.ONA_PASSWORD);

        Http.Reply refused = http.patch("/api/v1/me/consents", "{\"privacyPolicyAndRules\":false}")
                .bearer(token).key(Http.newKey()).send();

        assertEquals(422, refused.status());
        assertEquals("CONSENT_REQUIRED", refused.code());
        assertEquals("consents.privacyPolicyAndRules", refused.firstErrorField());
    }

    @Test
    void consentsValidateTypesAndNeedAuthAndKey() {
        String token = http.accessToken(DemoData.ONA_EMAIL, DemoData.ONA_PASSWORD);
        Http.Reply wrongType = http.patch("/api/v1/me/consents", "{\"directMarketing\":\"yes\"}")
                .bearer(token).key(Http.newKey()).send();
        assertEquals(400, wrongType.status());
        assertEquals("directMarketing", wrongType.firstErrorField());

        assertEquals(400, http.patch("/api/v1/me/consents", "{}").bearer(token).send().status());
        assertEquals(401, http.patch("/api/v1/me/consents", "{}").key(Http.newKey()).send().status());
    }

    private JsonObject me(String email, String password) {
        Http.Reply reply = http.get("/api/v1/me").bearer(http.accessToken(email, password)).send();
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }
}
