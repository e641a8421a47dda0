package lt.savitarna.sdk.testing;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import lt.savitarna.sdk.RetryPolicy;
import lt.savitarna.sdk.SavitarnaClient;

/**
 * A WireMock portal on 127.0.0.1 with an ephemeral port, plus a client wired to it with a
 * recording sleeper, a settable clock and a fixed jitter.
 */
public final class Portal implements AutoCloseable {

    public static final Instant START = Instant.parse("2026-11-24T10:00:00Z");

    public final WireMockServer server;
    public final MutableClock clock = new MutableClock(START);
    public final RecordingSleeper sleeper = new RecordingSleeper();

    public Portal() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort()
                .containerThreads(64).jettyAcceptors(2).notifier(new ConsoleNotifier(false)));
        server.start();
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    /** A client that never really sleeps; jitter fixed at one half. */
    public SavitarnaClient.Builder client() {
        return SavitarnaClient.builder()
                .baseUri(baseUri())
                .clock(clock)
                .sleeper(sleeper)
                .random(half())
                .locale(Locale.ENGLISH)
                .attemptTimeout(Duration.ofSeconds(5))
                .deadline(Duration.ofSeconds(30))
                .retryPolicy(RetryPolicy.builder().maxAttempts(3).baseDelay(Duration.ofMillis(100))
                        .maxDelay(Duration.ofSeconds(1)).noBudget().build());
    }

    public static RandomGenerator half() {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                return 0;
            }

            @Override
            public double nextDouble() {
                return 0.5;
            }
        };
    }

    public void stub(MappingBuilder mapping) {
        server.stubFor(mapping);
    }

    /** Answers the first {@code failures} calls with {@code failure}, then {@code success}. */
    public void failThenSucceed(Supplier<MappingBuilder> mapping, int failures, ResponseDefinitionBuilder failure,
                                ResponseDefinitionBuilder success) {
        String scenario = "s" + System.nanoTime();
        String state = Scenario.STARTED;
        for (int i = 1; i <= failures; i++) {
            String next = "after-" + i;
            server.stubFor(mapping.get().inScenario(scenario).whenScenarioStateIs(state).willReturn(failure)
                    .willSetStateTo(next));
            state = next;
        }
        server.stubFor(mapping.get().inScenario(scenario).whenScenarioStateIs(state).willReturn(success));
    }

    public List<LoggedRequest> requests() {
        return server.findAll(WireMock.anyRequestedFor(WireMock.anyUrl()));
    }

    public static ResponseDefinitionBuilder json(int status, String body) {
        return WireMock.aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    public static ResponseDefinitionBuilder problem(int status, String code) {
        return WireMock.aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"about:blank\",\"title\":\"t\",\"status\":" + status + ",\"detail\":\"d " + code
                        + "\",\"code\":\"" + code + "\",\"requestId\":\"srv-1\"}");
    }

    public static String tokens(String access, String refresh, long expiresIn, boolean confirmed) {
        return "{\"tokenType\":\"Bearer\",\"accessToken\":\"" + access + "\",\"expiresIn\":" + expiresIn
                + ",\"refreshToken\":\"" + refresh + "\",\"refreshExpiresIn\":2592000,\"accountId\":\"acc_1\","
                + "\"identityConfirmed\":" + confirmed + "}";
    }

    @Override
    public void close() {
        server.stop();
    }
}
