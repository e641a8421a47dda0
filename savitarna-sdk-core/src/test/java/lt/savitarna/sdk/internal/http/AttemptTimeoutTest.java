package lt.savitarna.sdk.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import lt.savitarna.sdk.RetryPolicy;
import lt.savitarna.sdk.error.ErrorCodes;
import lt.savitarna.sdk.error.TransportException;
import lt.savitarna.sdk.internal.json.JsonCodec;
import lt.savitarna.sdk.testing.RecordingSleeper;
import lt.savitarna.sdk.testing.ScriptedServer;
import lt.savitarna.sdk.testing.ScriptedServer.Reply;
import lt.savitarna.sdk.testing.ScriptedServer.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The bound on one attempt against a server that sends its headers and then stalls mid-body (the
 * JDK's request timeout no longer applies then), and the caller's own interrupt.
 */
class AttemptTimeoutTest {

    private static final byte[] BODY = "{\"id\":\"thing-1\",\"padding\":\"0123456789\"}"
            .getBytes(StandardCharsets.UTF_8);

    private final JsonCodec json = JsonCodec.create();
    private ScriptedServer server;
    private HttpPipeline pipeline;

    @AfterEach
    void stop() throws IOException {
        Thread.interrupted();
        if (pipeline != null) {
            pipeline.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private HttpPipeline start(Function<Request, Reply> answer, RetryPolicy policy, Duration attemptTimeout)
            throws IOException {
        server = new ScriptedServer(answer);
        pipeline = new HttpPipeline(
                HttpClients.create(new HttpClients.Settings(Duration.ofSeconds(2), null, null, false)), json,
                new PipelineSettings(URI.create(server.baseUri() + "/api/v1"), attemptTimeout, Duration.ofSeconds(30),
                        policy, new RecordingSleeper(), Clock.systemUTC(), new Random(1),
                        HttpClients.userAgent("test/1"), Locale.ENGLISH));
        return pipeline;
    }

    private static Operation<String> getThing() {
        return Operation.builder("GET", "/thing").build(ResponseReader.json(o -> o.getString("id")));
    }

    private static Reply ok() {
        return Reply.of(200, Map.of("Content-Type", "application/json"), BODY);
    }

    @Test
    void aBufferedBodyThatStallsAfterItsHeadersEndsTheAttemptAsTimedOut() throws IOException {
        HttpPipeline p = start(r -> ok().stallAfter(10), RetryPolicy.none(), Duration.ofMillis(300));

        long started = System.nanoTime();
        TransportException e = assertThrows(TransportException.class, () -> p.send(getThing()));
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertEquals(ErrorCodes.NETWORK_ERROR, e.getCode());
        assertInstanceOf(HttpTimeoutException.class, e.getCause());
        assertTrue(millis < 5_000, "cut off after the attempt timeout, took " + millis + " ms");
        assertFalse(Thread.currentThread().isInterrupted(), "the caller is never interrupted by the bound");
    }

    @Test
    void aStalledAttemptIsRetriedAndTheNextOneSucceedsWithACleanThread() throws IOException {
        AtomicInteger answered = new AtomicInteger();
        HttpPipeline p = start(r -> answered.getAndIncrement() == 0 ? ok().stallAfter(10) : ok(),
                RetryPolicy.builder().maxAttempts(2).baseDelay(Duration.ofMillis(1)).noBudget().build(),
                Duration.ofMillis(300));

        assertEquals("thing-1", p.send(getThing()));
        assertEquals(2, server.requests().size());
        assertFalse(Thread.currentThread().isInterrupted());
    }

    @Test
    void manyQuickAnswersLeaveTheThreadUninterrupted() throws IOException {
        HttpPipeline p = start(r -> ok(), RetryPolicy.none(), Duration.ofSeconds(5));

        for (int i = 0; i < 20; i++) {
            assertEquals("thing-1", p.send(getThing()));
            assertFalse(Thread.currentThread().isInterrupted());
        }
    }

    @Test
    void theCallersInterruptEndsTheCallAsInterruptedAndStaysSet() throws Exception {
        HttpPipeline p = start(r -> ok().stallAfter(10), RetryPolicy.none(), Duration.ofSeconds(20));
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicReference<Boolean> flagAfter = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                p.send(getThing());
            } catch (RuntimeException e) {
                thrown.set(e);
            }
            flagAfter.set(Thread.currentThread().isInterrupted());
        });
        caller.start();
        while (server.requests().isEmpty()) {
            Thread.onSpinWait();
        }
        caller.interrupt();
        caller.join(10_000);

        assertFalse(caller.isAlive(), "the interrupt ended the blocked call");
        TransportException e = assertInstanceOf(TransportException.class, thrown.get());
        assertEquals(ErrorCodes.INTERRUPTED, e.getCode());
        assertTrue(flagAfter.get(), "the caller's interrupt is kept");
    }
}
