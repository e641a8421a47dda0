package lt.savitarna.sdk.internal.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import lt.savitarna.sdk.RetryPolicy;
import lt.savitarna.sdk.Sleeper;
import lt.savitarna.sdk.internal.json.JsonCodec;
import lt.savitarna.sdk.testing.Portal;
import lt.savitarna.sdk.testing.RecordingSleeper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** Pipelines over one WireMock portal; the portal is reset before each test. */
abstract class PipelineTestBase {

    static Portal portal;
    static HttpClient http;
    static JsonCodec json;
    RecordingSleeper sleeper;

    @BeforeAll
    static void startPortal() {
        portal = new Portal();
        http = HttpClients.create(new HttpClients.Settings(Duration.ofSeconds(2), null, null, false));
        json = JsonCodec.create();
    }

    @AfterAll
    static void stopPortal() {
        portal.close();
    }

    @BeforeEach
    void reset() {
        portal.server.resetAll();
        sleeper = new RecordingSleeper();
    }

    static RetryPolicy.Builder policy() {
        return RetryPolicy.builder().maxAttempts(3).baseDelay(Duration.ofMillis(100)).maxDelay(Duration.ofSeconds(1))
                .noBudget();
    }

    HttpPipeline pipeline(RetryPolicy policy) {
        return pipeline(policy, Duration.ofSeconds(5), Duration.ofSeconds(60), portal.clock, sleeper);
    }

    HttpPipeline pipeline(RetryPolicy policy, Duration attemptTimeout, Duration deadline, Clock clock,
                          Sleeper sleeper) {
        return new HttpPipeline(http, json, new PipelineSettings(URI.create(portal.baseUri() + "/api/v1"),
                attemptTimeout, deadline, policy, sleeper, clock, Portal.half(), HttpClients.userAgent("test/1"),
                Locale.ENGLISH));
    }
}
