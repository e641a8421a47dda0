package lt.savitarna.sdk.testkit.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RegistrationTest {

    private static SandboxServer sandbox;
    private static Http http;

    @BeforeAll
    static void start() {
        sandbox = SandboxServer.builder().start();
        http = new Http(sandbox);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void registersAnAccountWithConsentsAndLocation() {
        Http.Reply reply = http.post("/api/v1/registrations",
                        Http.registration("Ona", "Petraitytė", "ona.p@example.lt", "s3cret-pass-1", true))
                .key(Http.newKey()).send();

        assertEquals(201, reply.status(), reply::toString);
        assertEquals("/api/v1/me", reply.header("Location").orElseThrow());
        assertTrue(reply.header("Content-Type").orElseThrow().startsWith("application/json"));
        JsonObject body = reply.json();
        assertTrue(body.getString("accountId").startsWith("acc_"));
        assertEquals("ona.p@example.lt", body.getString("email"));
        assertFalse(body.getBoolean("identityConfirmed"));
        assertTrue(body.getString("createdAt").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"));
        JsonObject consents = body.getJsonObject("consents");
        assertFalse(consents.getBoolean("directMarketing"));
        assertTrue(consents.getBoolean("zemynaClub"));
        assertTrue(consents.getBoolean("privacyPolicyAndRules"));
        assertEquals(DemoData.PRIVACY_POLICY_VERSION, consents.getString("privacyPolicyVersion"));
        assertEquals(DemoData.RULES_VERSION, consents.getString("rulesVersion"));
        assertEquals(body.getString("createdAt"), consents.getString("acceptedAt"));
        assertTrue(sandbox.account("ona.p@example.lt").orElseThrow().zemynaMember(),
                "zemynaClub: true makes the account a member");
    }

    @Test
    void missingAcknowledgementIsConsentRequired() {
        Http.Reply refused = http.post("/api/v1/registrations",
                Http.registration("Ona", "Be", "no.consent@example.lt", "s3cret-pass-1", false)).key(Http.newKey()).send();
        assertEquals(422, refused.status());
        assertEquals("CONSENT_REQUIRED", refused.code());
        assertEquals("consents.privacyPolicyAndRules", refused.firstErrorField());

        Http.Reply absent = http.post("/api/v1/registrations", "{\"firstName\":\"Ona\",\"lastName\":\"Be\","
                + "\"email\":\"no.consents@example.lt\",\"password\":\"s3cret-pass-1\"}").key(Http.newKey()).send();
        assertEquals(422, absent.status());
        assertEquals("consents.privacyPolicyAndRules", absent.firstErrorField());
        assertEquals(0, sandbox.counters().accountsWithEmail("no.consent@example.lt"));
    }

    @Test
    void invalidFieldsAreListedOneByOne() {
        String tooLong = "x".repeat(101);
        Http.Reply reply = http.post("/api/v1/registrations",
                Http.registration("  ", tooLong, "not an email", "s3cret-pass-1", true)).key(Http.newKey()).send();

        assertEquals(400, reply.status());
        assertEquals("VALIDATION_FAILED", reply.code());
        assertEquals("application/problem+json", reply.header("Content-Type").orElseThrow());
        assertEquals(Set.of("firstName", "lastName", "email"), fields(reply));
        JsonObject problem = reply.json();
        assertEquals("https://savitarna.agrokoncernas.lt/problems/validation-failed", problem.getString("type"));
        assertEquals(400, problem.getInt("status"));
        assertTrue(problem.getString("detail").contains("email"));
        assertEquals(reply.header("X-Request-Id").orElseThrow(), problem.getString("requestId"));
    }

    @Test
    void emailFormatIsChecked() {
        for (String email : List.of("a@b", "a b@c.lt", "@c.lt", "a@@c.lt", "a@c..lt", "a@" + "d".repeat(250) + ".lt")) {
            Http.Reply reply = http.post("/api/v1/registrations",
                    Http.registration("Ona", "Pe", email, "s3cret-pass-1", true)).key(Http.newKey()).send();
            assertEquals(400, reply.status(), email);
            assertEquals("email", reply.firstErrorField(), email);
        }
    }

    @Test
    void missingFieldsAndWrongTypesAreValidationErrors() {
        Http.Reply reply = http.post("/api/v1/registrations",
                "{\"firstName\":1,\"consents\":{\"privacyPolicyAndRules\":\"yes\"}}").key(Http.newKey()).send();
        assertEquals(400, reply.status());
        assertEquals(Set.of("firstName", "lastName", "email", "password", "consents.privacyPolicyAndRules"),
                fields(reply));

        Http.Reply malformed = http.post("/api/v1/registrations", "{\"firstName\":").key(Http.newKey()).send();
        assertEquals(400, malformed.status());
        assertEquals("VALIDATION_FAILED", malformed.code());
    }

    @Test
    void duplicateEmailInAnyCaseIsRefused() {
        assertEquals(201, http.register("Dup.Licate@Example.lt", Http.newKey()).status());

        Http.Reply again = http.register("dup.licate@example.LT", Http.newKey());
        assertEquals(409, again.status());
        assertEquals("EMAIL_ALREADY_REGISTERED", again.code());

        Http.Reply demo = http.register(DemoData.ONA_EMAIL.toUpperCase(), Http.newKey());
        assertEquals("EMAIL_ALREADY_REGISTERED", demo.code(), "Žemyna members log in instead");
        assertEquals(1, sandbox.counters().accountsWithEmail("dup.licate@example.lt"));
    }

    @Test
    void weakPasswordsBreakThePolicy() {
        for (String password : List.of("short-1", "no-digits-here", "1234567890123", "x1".repeat(65))) {
            Http.Reply reply = http.post("/api/v1/registrations",
                    Http.registration("Ona", "Pe", "weak@example.lt", password, true)).key(Http.newKey()).send();
            assertEquals(422, reply.status(), password);
            assertEquals("PASSWORD_POLICY_VIOLATION", reply.code());
            assertEquals("password", reply.firstErrorField());
        }
        assertEquals(0, sandbox.counters().accountsWithEmail("weak@example.lt"));
    }

    @Test
    void idempotencyKeyIsRequiredAndWellFormed() {
        String body = Http.registration("Ona", "Pe", "keyless@example.lt", "s3cret-pass-1", true);
        Http.Reply missing = http.post("/api/v1/registrations", body).send();
        assertEquals(400, missing.status());
        assertEquals("Idempotency-Key", missing.firstErrorField());

        Http.Reply tooLong = http.post("/api/v1/registrations", body).key("k".repeat(256)).send();
        assertEquals(400, tooLong.status());
        assertEquals("Idempotency-Key", tooLong.firstErrorField());
        assertEquals(0, sandbox.counters().accountsWithEmail("keyless@example.lt"));
    }

    @Test
    void requestIdIsEchoedOrGenerated() {
        Http.Reply echoed = http.get("/api/v1/me").header("X-Request-Id", "req-42").send();
        assertEquals("req-42", echoed.header("X-Request-Id").orElseThrow());
        assertEquals("req-42", echoed.json().getString("requestId"));

        Http.Reply generated = http.get("/api/v1/companies").send();
        String id = generated.header("X-Request-Id").orElseThrow();
        assertFalse(id.isBlank());
        assertEquals(id, generated.json().getString("requestId"));
    }

    @Test
    void unknownPathsAndMethodsAreProblems() {
        Http.Reply unknown = http.get("/api/v1/nothing-here").send();
        assertEquals(404, unknown.status());
        assertEquals("NOT_FOUND", unknown.code());

        Http.Reply wrongMethod = http.delete("/api/v1/me").send();
        assertEquals(405, wrongMethod.status());
        assertEquals("GET", wrongMethod.header("Allow").orElseThrow());
    }

    private static Set<String> fields(Http.Reply reply) {
        return reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("field")).collect(Collectors.toSet());
    }
}
