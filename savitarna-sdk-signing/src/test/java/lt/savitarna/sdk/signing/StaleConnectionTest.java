package lt.savitarna.sdk.signing;

import static lt.savitarna.sdk.signing.DroppingServer.Step.ANSWER;
import static lt.savitarna.sdk.signing.DroppingServer.Step.DROP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import lt.savitarna.sdk.signature.SignatureErrorCodes;
import lt.savitarna.sdk.signature.SigningException;
import lt.savitarna.sdk.signature.SigningListener;
import lt.savitarna.sdk.signing.internal.AsyncFlow;
import lt.savitarna.sdk.signing.internal.Failures;
import lt.savitarna.sdk.signing.internal.ServiceSettings;
import lt.savitarna.sdk.signing.internal.SkHttp;
import lt.savitarna.sdk.signing.internal.StatusMapping;
import org.junit.jupiter.api.Test;

/**
 * A kept-alive connection that the server closes as a request arrives: a status GET is sent
 * again at once; a session-start POST only when it went over a pooled connection and not a byte
 * of the answer came, and only once; a POST on a fresh connection is never sent twice.
 */
class StaleConnectionTest {

    private static final String ANSWER_JSON = "{\"sessionID\":\"abc\",\"state\":\"COMPLETE\"}";
    private static final JsonObject BODY = Json.createObjectBuilder().add("relyingPartyName", "DEMO").build();

    private final AtomicInteger pauses = new AtomicInteger();

    @Test
    void postOverAPooledConnectionTheServerClosedIsSentOnceMore() throws Exception {
        try (DroppingServer server = new DroppingServer(ANSWER_JSON, List.of(List.of(ANSWER, DROP), List.of(ANSWER)))) {
            SkHttp http = http(server);
            assertEquals("abc", post(http, "authentication").getString("sessionID"));
            assertEquals("abc", post(http, "authentication").getString("sessionID"));
            assertEquals(List.of("1:POST /api/authentication", "1:POST /api/authentication",
                    "2:POST /api/authentication"), server.requests());
        }
    }

    @Test
    void postOnAFreshConnectionThatEndsWithoutAnAnswerIsNotSentAgain() throws Exception {
        try (DroppingServer server = new DroppingServer(ANSWER_JSON, List.of(List.of(DROP), List.of(ANSWER)))) {
            SkHttp http = http(server);
            ExecutionException failed = assertThrows(ExecutionException.class, () -> post(http, "authentication"));
            SigningException cause = assertInstanceOf(SigningException.class, failed.getCause());
            assertEquals(SignatureErrorCodes.SIGNING_NETWORK_ERROR, cause.getCode());
            assertEquals(List.of("1:POST /api/authentication"), server.requests());
        }
    }

    @Test
    void postIsSentAgainOnlyOnce() throws Exception {
        try (DroppingServer server = new DroppingServer(ANSWER_JSON,
                List.of(List.of(ANSWER, DROP), List.of(DROP), List.of(ANSWER)))) {
            SkHttp http = http(server);
            post(http, "authentication");
            ExecutionException failed = assertThrows(ExecutionException.class, () -> post(http, "authentication"));
            assertInstanceOf(SigningException.class, failed.getCause());
            assertEquals(List.of("1:POST /api/authentication", "1:POST /api/authentication",
                    "2:POST /api/authentication"), server.requests());
        }
    }

    @Test
    void statusRequestOnConnectionsClosedBeforeAnyAnswerIsSentAgainAtOnce() throws Exception {
        // The JDK client sends a GET once more by itself after such a failure; the SDK adds one
        // more send, at once, before its paused network-failure retries.
        try (DroppingServer server = new DroppingServer(ANSWER_JSON,
                List.of(List.of(DROP), List.of(DROP), List.of(ANSWER)))) {
            SkHttp http = http(server);
            JsonObject status = AsyncFlow.<JsonObject>start(settings(server).failures(), SigningListener.none(), null,
                    null, flow -> http.getAsync(flow, "status", "session/abc", Duration.ofSeconds(10)))
                    .get(30, TimeUnit.SECONDS);
            assertEquals("COMPLETE", status.getString("state"));
            assertEquals(List.of("1:GET /api/session/abc", "2:GET /api/session/abc", "3:GET /api/session/abc"),
                    server.requests());
            assertEquals(0, pauses.get(), "sent again at once, not after the pause of the network-failure retries");
        }
    }

    private static JsonObject post(SkHttp http, String path) throws Exception {
        return AsyncFlow.<JsonObject>start(new Failures("Smart-ID", Locale.ENGLISH), SigningListener.none(), null,
                null, flow -> http.postAsync(flow, "start", path, BODY)).get(30, TimeUnit.SECONDS);
    }

    private SkHttp http(DroppingServer server) {
        return new SkHttp(settings(server), StatusMapping.SMART_ID);
    }

    private ServiceSettings settings(DroppingServer server) {
        return new ServiceSettings("Smart-ID", server.baseUri(), "00000000-0000-0000-0000-000000000000", "DEMO",
                List.of(), List.of(TestCertificates.tlsCa()), Duration.ofDays(30), warning -> { }, null,
                Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(1), Duration.ZERO,
                Duration.ofSeconds(60), Clock.systemUTC(), pause -> pauses.incrementAndGet(), Locale.ENGLISH);
    }
}
