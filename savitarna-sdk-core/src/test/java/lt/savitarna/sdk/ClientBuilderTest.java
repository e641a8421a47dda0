package lt.savitarna.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static lt.savitarna.sdk.testing.Portal.json;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ClientBuilderTest extends ClientTestBase {

    @Test
    void acceptsHttpsAndLoopbackHttpOnly() {
        assertDoesNotThrow(() -> SavitarnaClient.builder().baseUri(URI.create("https://savitarna.agrokoncernas.lt")));
        assertDoesNotThrow(() -> SavitarnaClient.builder().baseUri(URI.create("http://127.0.0.1:8080/portal/")));
        assertDoesNotThrow(() -> SavitarnaClient.builder().baseUri(URI.create("http://localhost:8080")));
        assertDoesNotThrow(() -> SavitarnaClient.builder().baseUri(URI.create("http://[::1]:8080")));
        assertThrows(IllegalArgumentException.class,
                () -> SavitarnaClient.builder().baseUri(URI.create("http://savitarna.agrokoncernas.lt")));
        assertThrows(IllegalArgumentException.class,
                () -> SavitarnaClient.builder().baseUri(URI.create("ftp://127.0.0.1")));
        assertThrows(IllegalArgumentException.class,
                () -> SavitarnaClient.builder().baseUri(URI.create("https://host/?a=b")));
        assertThrows(IllegalStateException.class, () -> SavitarnaClient.builder().build());
    }

    @Test
    void checksSettingsAtOnce() {
        SavitarnaClient.Builder b = SavitarnaClient.builder();
        assertThrows(IllegalArgumentException.class, () -> b.attemptTimeout(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> b.deadline(Duration.ofSeconds(-1)));
        assertThrows(IllegalArgumentException.class, () -> b.userAgentSuffix("erp\r\nX-Evil: 1"));
        assertThrows(NullPointerException.class, () -> b.clock(null));
        assertThrows(IllegalArgumentException.class, () -> RetryPolicy.builder().maxAttempts(0));
        assertThrows(IllegalArgumentException.class, () -> RetryPolicy.builder().budget(1, 2, 0));
        assertThrows(IllegalArgumentException.class,
                () -> RetryPolicy.builder().baseDelay(Duration.ofSeconds(10)).maxDelay(Duration.ofSeconds(1)).build());
    }

    @Test
    void speaksLithuanianOrEnglish() {
        assertEquals("lt", SavitarnaClient.builder().locale(Locale.forLanguageTag("lt-LT")).baseUri(portal.baseUri())
                .build().locale().getLanguage());
        assertEquals(Locale.ENGLISH, SavitarnaClient.builder().locale(Locale.GERMAN).baseUri(portal.baseUri())
                .build().locale());
    }

    @Test
    void aClientMadeWithToBuilderKeepsWorkingWhenTheOriginalCloses() {
        portal.stub(get(urlEqualTo("/api/v1/me")).willReturn(json(200, SessionTest.ME_UNCONFIRMED)));
        SavitarnaClient derived = client.toBuilder().userAgentSuffix("erp/2").build();
        client.close();

        stubLogin(false);
        Session session = derived.login("ona@example.lt", "Slapta-123".toCharArray());
        assertEquals("acc_1", session.me().accountId());
        assertTrue(portal.requests().get(0).getHeader("User-Agent").endsWith(" erp/2"));
        assertEquals(client.baseUri(), derived.baseUri());
        assertEquals(client.retryPolicy(), derived.retryPolicy());
        derived.close();
    }

    @Test
    void retryPolicyValues() {
        RetryPolicy p = RetryPolicy.defaults();
        assertEquals(3, p.maxAttempts());
        assertEquals(p, p.toBuilder().build());
        assertEquals(1, RetryPolicy.none().maxAttempts());
        assertTrue(p.toString().contains("maxAttempts=3"));
    }
}
