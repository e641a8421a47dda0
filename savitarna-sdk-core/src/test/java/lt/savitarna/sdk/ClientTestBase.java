package lt.savitarna.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static lt.savitarna.sdk.testing.Portal.json;
import static lt.savitarna.sdk.testing.Portal.tokens;

import lt.savitarna.sdk.testing.Portal;
import lt.savitarna.sdk.testing.RecordingSleeper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** A client over one WireMock portal, reset before each test. */
abstract class ClientTestBase {

    static Portal portal;
    SavitarnaClient client;
    RecordingSleeper sleeper;

    @BeforeAll
    static void startPortal() {
        portal = new Portal();
    }

    @AfterAll
    static void stopPortal() {
        portal.close();
    }

    @BeforeEach
    void newClient() {
        portal.server.resetAll();
        sleeper = new RecordingSleeper();
        client = portal.client().sleeper(sleeper).build();
    }

    @AfterEach
    void closeClient() {
        client.close();
    }

    /** Login answers tokens at_1/rt_1 valid for 900 s. */
    static void stubLogin(boolean identityConfirmed) {
        portal.stub(post(urlEqualTo("/api/v1/auth/password"))
                .willReturn(json(200, tokens("at_1", "rt_1", 900, identityConfirmed))));
    }

    /** Refreshing rt_n answers at_(n+1)/rt_(n+1). */
    static void stubRefresh(int from) {
        portal.stub(post(urlEqualTo("/api/v1/auth/refresh"))
                .withRequestBody(equalTo("{\"refreshToken\":\"rt_" + from + "\"}"))
                .willReturn(json(200, tokens("at_" + (from + 1), "rt_" + (from + 1), 900, false))));
    }

    Session login() {
        stubLogin(false);
        return client.login("ona@example.lt", "Slapta-123".toCharArray());
    }
}
