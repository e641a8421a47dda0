package lt.savitarna.sdk.internal.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static lt.savitarna.sdk.testing.Portal.json;
import static lt.savitarna.sdk.testing.Portal.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import lt.savitarna.sdk.RetryPolicy;
import lt.savitarna.sdk.error.ApiException;
import lt.savitarna.sdk.error.DeadlineExceededException;
import lt.savitarna.sdk.error.ErrorCodes;
import lt.savitarna.sdk.error.RateLimitedException;
import lt.savitarna.sdk.error.ServiceUnavailableException;
import lt.savitarna.sdk.error.TransportException;
import lt.savitarna.sdk.testing.Portal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class RetryTest extends PipelineTestBase {

    private static Operation<String> idempotentPost() {
        return Operation.builder("POST", "/orders")
                .body(BodySource.json("{\"qty\":1}".getBytes(StandardCharsets.UTF_8)))
                .idempotent()
                .build(ResponseReader.json(o -> o.getString("id")));
    }

    private static Operation<String> getThing() {
        return Operation.builder("GET", "/thing").build(ResponseReader.json(o -> o.getString("id")));
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class,
            names = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE", "MALFORMED_RESPONSE_CHUNK", "RANDOM_DATA_THEN_CLOSE"})
    void retriesNetworkFaultsWithTheSameRequestIdAndIdempotencyKey(Fault fault) {
        portal.failThenSucceed(() -> post(urlEqualTo("/api/v1/orders")), 2, aResponse().withFault(fault),
                json(201, "{\"id\":\"o-1\"}"));
        Operation<String> op = idempotentPost();

        assertEquals("o-1", pipeline(policy().build()).send(op));

        List<LoggedRequest> requests = portal.requests();
        assertEquals(3, requests.size());
        assertNotNull(op.idempotencyKey());
        for (LoggedRequest r : requests) {
            assertEquals(op.requestId(), r.getHeader("X-Request-Id"));
            assertEquals(op.idempotencyKey(), r.getHeader("Idempotency-Key"));
            assertEquals("{\"qty\":1}", r.getBodyAsString());
        }
        // full jitter with the fixed half: 100 ms * 0.5, then 200 ms * 0.5
        assertEquals(List.of(Duration.ofMillis(50), Duration.ofMillis(100)), sleeper.waits());
    }

    @Test
    void aPostWithoutIdempotencyKeyIsNotRetriedAfterAReset() {
        portal.stub(post(urlEqualTo("/api/v1/orders")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        Operation<String> op = Operation.builder("POST", "/orders")
                .body(BodySource.json("{}".getBytes(StandardCharsets.UTF_8)))
                .build(ResponseReader.json(o -> o.getString("id")));

        TransportException e = assertThrows(TransportException.class, () -> pipeline(policy().build()).send(op));

        assertEquals(1, portal.requests().size());
        assertEquals(1, e.attempts());
        assertEquals(ErrorCodes.NETWORK_ERROR, e.getCode());
        assertEquals(op.requestId(), e.getRequestId());
        assertInstanceOf(IOException.class, e.getCause());
        assertTrue(sleeper.waits().isEmpty());
    }

    @Test
    void networkFailuresOnEveryAttemptEndInTransportExceptionWithTheCause() {
        portal.stub(get(urlEqualTo("/api/v1/thing")).willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));

        TransportException e = assertThrows(TransportException.class, () -> pipeline(policy().build()).send(getThing()));

        assertEquals(3, e.attempts());
        assertInstanceOf(IOException.class, e.getCause());
        assertTrue(e.getMessage().contains("attempts 3"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {408, 429, 500, 502, 503, 504})
    void retriesRetryableStatuses(int status) {
        portal.failThenSucceed(() -> get(urlEqualTo("/api/v1/thing")), 2, problem(status, "X"),
                json(200, "{\"id\":\"t\"}"));

        assertEquals("t", pipeline(policy().build()).send(getThing()));
        assertEquals(3, portal.requests().size());
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 409, 422, 501, 505})
    void doesNotRetryOtherStatuses(int status) {
        portal.stub(get(urlEqualTo("/api/v1/thing")).willReturn(problem(status, "SOMETHING")));

        ApiException e = assertThrows(ApiException.class, () -> pipeline(policy().build()).send(getThing()));

        assertEquals(status, e.status());
        assertEquals(1, portal.requests().size());
        assertTrue(sleeper.waits().isEmpty());
    }

    @Test
    void retriesAKeyStillInUse() {
        portal.failThenSucceed(() -> post(urlEqualTo("/api/v1/orders")), 1,
                problem(409, ErrorCodes.IDEMPOTENCY_KEY_IN_USE).withHeader("Retry-After", "1"),
                json(201, "{\"id\":\"o-2\"}"));

        assertEquals("o-2", pipeline(policy().build()).send(idempotentPost()));
        assertEquals(List.of(Duration.ofSeconds(1)), sleeper.waits());
    }

    @Test
    void honoursRetryAfterInSeconds() {
        portal.failThenSucceed(() -> get(urlEqualTo("/api/v1/thing")), 1,
                problem(503, ErrorCodes.SERVICE_UNAVAILABLE).withHeader("Retry-After", "7"), json(200, "{\"id\":\"t\"}"));

        pipeline(policy().build()).send(getThing());

        assertEquals(List.of(Duration.ofSeconds(7)), sleeper.waits());
    }

    @Test
    void honoursRetryAfterAsAnHttpDate() {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(Portal.START.plusSeconds(12).atOffset(ZoneOffset.UTC));
        portal.failThenSucceed(() -> get(urlEqualTo("/api/v1/thing")), 1,
                problem(429, ErrorCodes.RATE_LIMITED).withHeader("Retry-After", date), json(200, "{\"id\":\"t\"}"));

        pipeline(policy().build()).send(getThing());

        assertEquals(List.of(Duration.ofSeconds(12)), sleeper.waits());
    }

    @Test
    void capsRetryAfter() {
        portal.failThenSucceed(() -> get(urlEqualTo("/api/v1/thing")), 1,
                problem(503, ErrorCodes.SERVICE_UNAVAILABLE).withHeader("Retry-After", "3600"),
                json(200, "{\"id\":\"t\"}"));

        pipeline(policy().maxRetryAfter(Duration.ofSeconds(20)).build()).send(getThing());

        assertEquals(List.of(Duration.ofSeconds(20)), sleeper.waits());
    }

    @Test
    void doesNotStartAWaitThatWouldPassTheDeadline() {
        portal.stub(get(urlEqualTo("/api/v1/thing"))
                .willReturn(problem(503, ErrorCodes.SERVICE_UNAVAILABLE).withHeader("Retry-After", "10")));
        HttpPipeline pipeline = pipeline(policy().build(), Duration.ofSeconds(2), Duration.ofSeconds(5), portal.clock,
                sleeper);

        ServiceUnavailableException e = assertThrows(ServiceUnavailableException.class, () -> pipeline.send(getThing()));

        assertEquals(Duration.ofSeconds(10), e.retryAfter().orElseThrow());
        assertEquals(1, portal.requests().size());
        assertTrue(sleeper.waits().isEmpty());
    }

    @Test
    void rateLimitedAfterRetriesCarriesRetryAfter() {
        portal.stub(get(urlEqualTo("/api/v1/thing"))
                .willReturn(problem(429, ErrorCodes.RATE_LIMITED).withHeader("Retry-After", "2")));

        RateLimitedException e = assertThrows(RateLimitedException.class,
                () -> pipeline(policy().build()).send(getThing()));

        assertEquals(Duration.ofSeconds(2), e.retryAfter().orElseThrow());
        assertEquals(3, portal.requests().size());
        assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(2)), sleeper.waits());
    }

    @Test
    void theRetryBudgetStopsRetriesWhenTheServiceKeepsFailing() {
        portal.stub(get(urlEqualTo("/api/v1/thing")).willReturn(problem(503, ErrorCodes.SERVICE_UNAVAILABLE)));
        HttpPipeline pipeline = pipeline(policy().maxAttempts(5).budget(2, 1, 1).build());

        assertThrows(ServiceUnavailableException.class, () -> pipeline.send(getThing()));
        assertEquals(3, portal.requests().size(), "two retries, then the budget is empty");
        assertEquals(0, pipeline.retryBudgetAvailable());

        assertThrows(ServiceUnavailableException.class, () -> pipeline.send(getThing()));
        assertEquals(4, portal.requests().size(), "no retries at all while the budget is empty");

        portal.server.resetAll();
        portal.failThenSucceed(() -> get(urlEqualTo("/api/v1/thing")), 0, null, json(200, "{\"id\":\"t\"}"));
        pipeline.send(getThing());
        assertEquals(1, pipeline.retryBudgetAvailable(), "a success refills one token");
    }

    @Test
    void theTotalDeadlineEndsSlowAttemptsWithDeadlineExceeded() {
        portal.stub(get(urlEqualTo("/api/v1/thing")).willReturn(json(200, "{\"id\":\"t\"}").withFixedDelay(1500)));
        HttpPipeline pipeline = pipeline(policy().maxAttempts(10).build(), Duration.ofMillis(200),
                Duration.ofMillis(450), Clock.systemUTC(), sleeper);

        long started = System.nanoTime();
        DeadlineExceededException e = assertThrows(DeadlineExceededException.class, () -> pipeline.send(getThing()));
        long tookMillis = (System.nanoTime() - started) / 1_000_000;

        assertEquals(Duration.ofMillis(450), e.deadline());
        assertEquals(ErrorCodes.DEADLINE_EXCEEDED, e.getCode());
        assertTrue(e.attempts() >= 2, "attempts: " + e.attempts());
        assertInstanceOf(HttpTimeoutException.class, e.getCause());
        assertTrue(tookMillis < 1400, "took " + tookMillis + " ms");
    }

    @Test
    void attemptsThatTimeOutWithinTheDeadlineAreRetriedThenReportedAsTransportFailures() {
        portal.stub(get(urlEqualTo("/api/v1/thing")).willReturn(json(200, "{\"id\":\"t\"}").withFixedDelay(1500)));
        HttpPipeline pipeline = pipeline(policy().maxAttempts(2).build(), Duration.ofMillis(150),
                Duration.ofSeconds(10), Clock.systemUTC(), sleeper);

        TransportException e = assertThrows(TransportException.class, () -> pipeline.send(getThing()));

        assertEquals(2, e.attempts());
        assertInstanceOf(HttpTimeoutException.class, e.getCause());
        assertEquals(1, sleeper.waits().size());
    }

    @Test
    void aSlowAnswerIsRetriedAndTheSecondAttemptSucceeds() {
        portal.failThenSucceed(() -> get(urlPathEqualTo("/api/v1/thing")), 1,
                json(200, "{\"id\":\"slow\"}").withFixedDelay(1500), json(200, "{\"id\":\"fast\"}"));
        HttpPipeline pipeline = pipeline(policy().build(), Duration.ofMillis(200), Duration.ofSeconds(10),
                Clock.systemUTC(), sleeper);

        assertEquals("fast", pipeline.send(getThing()));
    }

    @Test
    void noRetriesWithRetryPolicyNone() {
        portal.stub(get(urlEqualTo("/api/v1/thing")).willReturn(problem(503, ErrorCodes.SERVICE_UNAVAILABLE)));

        assertThrows(ServiceUnavailableException.class, () -> pipeline(RetryPolicy.none()).send(getThing()));
        assertEquals(1, portal.requests().size());
    }
}
