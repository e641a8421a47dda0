package lt.savitarna.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static lt.savitarna.sdk.testing.Portal.json;
import static lt.savitarna.sdk.testing.Portal.problem;
import static lt.savitarna.sdk.testing.Portal.tokens;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.http.Fault;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import lt.savitarna.sdk.account.ConsentChange;
import lt.savitarna.sdk.account.Registration;
import lt.savitarna.sdk.error.InvalidCredentialsException;
import lt.savitarna.sdk.error.SavitarnaException;
import org.junit.jupiter.api.Test;

/**
 * Runs every account and session call with the SDK logging at TRACE (see simplelogger.properties)
 * and checks that no password, token or personal code used here reaches the log, while the log
 * does show the allow-listed facts.
 */
class SecretsNeverLoggedTest extends ClientTestBase {

    private static final String REGISTRATION_PASSWORD = "Reg1stration-Secret";
    private static final String LOGIN_PASSWORD = "L0gin-Secret-Pass";
    private static final String WRONG_PASSWORD = "Wr0ng-Secret-Pass";
    private static final String ACCESS_1 = "at_SECRET_ACCESS_ONE";
    private static final String REFRESH_1 = "rt_SECRET_REFRESH_ONE";
    private static final String ACCESS_2 = "at_SECRET_ACCESS_TWO";
    private static final String REFRESH_2 = "rt_SECRET_REFRESH_TWO";
    private static final String PERSONAL_CODE = "38001010000";

    private static final List<String> SECRETS = List.of(REGISTRATION_PASSWORD, LOGIN_PASSWORD, WRONG_PASSWORD,
            ACCESS_1, REFRESH_1, ACCESS_2, REFRESH_2, PERSONAL_CODE);

    @Test
    void noSecretReachesAnyLogLine() {
        stubEverything();
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            runEveryCall();
        } finally {
            System.setOut(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);

        // the log is really there, at TRACE, with the allow-listed facts ...
        assertTrue(log.contains("TRACE lt.savitarna.sdk.http"), log);
        assertTrue(log.contains("DEBUG lt.savitarna.sdk.http - POST /api/v1/auth/password -> 200"), log);
        assertTrue(log.contains("X-Request-Id: "), log);
        assertTrue(log.contains("Authorization: ***"), log);
        assertTrue(log.contains("\"accessToken\":\"***\""), log);
        assertTrue(log.contains("\"personalCode\":\"***\""), log);
        assertTrue(log.contains("bytes with credentials, not logged"), log);
        assertTrue(log.contains("{\"zemynaClub\":true}"), log);
        // ... and nothing secret
        for (String secret : SECRETS) {
            assertFalse(log.contains(secret), "the log shows " + secret);
        }
    }

    private void stubEverything() {
        portal.stub(post(urlEqualTo("/api/v1/registrations")).willReturn(json(201,
                "{\"accountId\":\"acc_1\",\"email\":\"ona@example.lt\",\"identityConfirmed\":false}")));
        portal.stub(post(urlEqualTo("/api/v1/auth/password"))
                .withRequestBody(equalTo("{\"email\":\"ona@example.lt\",\"password\":\"" + LOGIN_PASSWORD + "\"}"))
                .willReturn(json(200, tokens(ACCESS_1, REFRESH_1, 900, false))));
        portal.failThenSucceed(() -> post(urlEqualTo("/api/v1/auth/password"))
                        .withRequestBody(equalTo("{\"email\":\"ona@example.lt\",\"password\":\"" + WRONG_PASSWORD + "\"}")),
                1, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), problem(401, "INVALID_CREDENTIALS"));
        portal.stub(get(urlEqualTo("/api/v1/me")).withHeader("Authorization", equalTo("Bearer " + ACCESS_1))
                .willReturn(problem(401, "TOKEN_EXPIRED")));
        portal.stub(get(urlEqualTo("/api/v1/me")).withHeader("Authorization", equalTo("Bearer " + ACCESS_2))
                .willReturn(json(200, "{\"accountId\":\"acc_1\",\"identity\":{\"confirmed\":true,"
                        + "\"personalCodeMasked\":\"3*********0\",\"personalCode\":\"" + PERSONAL_CODE + "\"},"
                        + "\"accessToken\":\"" + ACCESS_2 + "\"}")));
        portal.stub(post(urlEqualTo("/api/v1/auth/refresh"))
                .willReturn(json(200, tokens(ACCESS_2, REFRESH_2, 900, false))));
        portal.stub(patch(urlEqualTo("/api/v1/me/consents")).willReturn(json(200, "{\"zemynaClub\":true}")));
        portal.stub(get(urlPathEqualTo("/api/v1/me/representations"))
                .willReturn(json(200, "{\"items\":[],\"nextCursor\":null}")));
        portal.stub(post(urlEqualTo("/api/v1/auth/logout")).willReturn(aResponse().withStatus(204)));
    }

    private void runEveryCall() {
        Registration registration = Registration.builder().firstName("Ona").lastName("Petraitienė")
                .email("ona@example.lt").password(REGISTRATION_PASSWORD.toCharArray())
                .acceptPrivacyPolicyAndRules(true).build();
        client.accounts().register(registration);
        InvalidCredentialsException wrong = assertThrows(InvalidCredentialsException.class,
                () -> client.login("ona@example.lt", WRONG_PASSWORD.toCharArray()));
        assertNoSecret(wrong);
        Session session = client.login("ona@example.lt", LOGIN_PASSWORD.toCharArray());
        session.me();
        session.updateConsents(ConsentChange.builder().zemynaClub(true).build());
        session.representations().stream().count();
        assertNoSecret(session.toString());
        assertNoSecret(registration.toString());
        session.close();
    }

    private static void assertNoSecret(SavitarnaException e) {
        assertNoSecret(e.getMessage());
        assertNoSecret(e.getLocalizedMessage());
        assertNoSecret(e.toString());
    }

    private static void assertNoSecret(String text) {
        for (String secret : SECRETS) {
            assertFalse(text.contains(secret), text);
        }
    }
}
