package lt.savitarna.sdk.testkit.sk;

import static lt.savitarna.sdk.testkit.sk.SmartIdRequests.hash;
import static lt.savitarna.sdk.testkit.sk.SmartIdRequests.signing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.security.Signature;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import lt.savitarna.sdk.signature.HashType;
import lt.savitarna.sdk.testkit.sk.SimClient.Reply;
import lt.savitarna.sdk.testkit.sk.internal.SimHttpServer;
import org.junit.jupiter.api.Test;

class SmartIdLongPollTest {

    private final SimClient client = new SimClient(Shared.PKI);

    @Test
    void aPollIsHeldUntilThePersonAnswers() throws Exception {
        try (SmartIdSimulator simulator = SmartIdSimulator.builder().pki(Shared.PKI).completeManually().start()) {
            String sessionId = start(simulator, new byte[64]);
            CompletableFuture<Reply> poll = client.getAsync(status(simulator, sessionId, 20_000), Duration.ofSeconds(30));
            Await.until(() -> simulator.waitingPolls() == 1, Duration.ofSeconds(10), "the poll to arrive");
            assertFalse(poll.isDone(), "nothing to answer yet");
            assertEquals("RUNNING", simulator.session(sessionId).orElseThrow().result().orElse("RUNNING"));

            assertTrue(simulator.complete(sessionId));
            Reply reply = poll.get(5, TimeUnit.SECONDS);
            assertEquals("COMPLETE", reply.json().getString("state"));
            assertEquals(0, simulator.waitingPolls());
            assertFalse(simulator.complete(sessionId), "a person answers once");
        }
    }

    @Test
    void aPollThatRunsOutOfTimeAnswersRunningNoSoonerThanOneSecond() {
        try (SmartIdSimulator simulator = SmartIdSimulator.builder().pki(Shared.PKI).completeManually().start()) {
            String sessionId = start(simulator, new byte[64]);
            long started = System.nanoTime();
            // 10 ms is below the service's minimum wait, which is one second.
            Reply reply = client.get(status(simulator, sessionId, 10));
            long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

            assertEquals(200, reply.status());
            assertEquals("RUNNING", reply.json().getString("state"));
            assertFalse(reply.json().containsKey("result"));
            assertTrue(waited >= 950, "waited " + waited + " ms");
            assertEquals(0, simulator.waitingPolls());
            assertEquals(400, client.get(simulator.baseUri().resolve("session/" + sessionId + "?timeoutMs=soon")).status());
        }
    }

    @Test
    void withADelayThePersonAnswersOnTheirOwn() {
        try (SmartIdSimulator simulator = SmartIdSimulator.builder().pki(Shared.PKI)
                .completionDelay(Duration.ofMillis(200)).start()) {
            String sessionId = start(simulator, new byte[64]);
            Reply reply = client.get(status(simulator, sessionId, 10_000));
            assertEquals("COMPLETE", reply.json().getString("state"));
            assertEquals("OK", reply.json().getJsonObject("result").getString("endResult"));
        }
    }

    @Test
    void twoHundredPollsWaitAtOnceOnAFewServerThreads() throws Exception {
        int sessions = 200;
        try (SmartIdSimulator simulator = SmartIdSimulator.builder().pki(Shared.PKI).completeManually().start()) {
            List<byte[]> hashes = new ArrayList<>();
            List<CompletableFuture<Reply>> polls = new ArrayList<>();
            for (int i = 0; i < sessions; i++) {
                byte[] hash = hash(HashType.SHA512, "challenge " + i);
                hashes.add(hash);
                String sessionId = start(simulator, hash);
                polls.add(client.getAsync(status(simulator, sessionId, 60_000), Duration.ofSeconds(90)));
            }
            Await.until(() -> simulator.waitingPolls() == sessions, Duration.ofSeconds(30), sessions + " waiting polls");

            long serverThreads = Thread.getAllStackTraces().keySet().stream()
                    .filter(thread -> thread.getName().startsWith("savitarna-smart-id-")).count();
            assertTrue(polls.stream().noneMatch(CompletableFuture::isDone));

            assertEquals(sessions, simulator.completeAll());
            CompletableFuture.allOf(polls.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

            Signature verifier = Signature.getInstance("NONEwithRSA");
            verifier.initVerify(Shared.PKI.authenticationCertificate(SmartIdTestAccount.OK).getPublicKey());
            for (int i = 0; i < sessions; i++) {
                Reply reply = polls.get(i).get();
                assertEquals("OK", reply.json().getJsonObject("result").getString("endResult"));
                verifier.update(HashType.SHA512.digestInfo(hashes.get(i)));
                assertTrue(verifier.verify(Base64.getDecoder().decode(
                        reply.json().getJsonObject("signature").getString("value"))), "signature " + i);
            }
            System.out.printf("%d long polls waited at once; the Smart-ID simulator ran them on %d threads of its"
                    + " own (%d workers + 1 timer) beside the JDK server's dispatcher%n",
                    sessions, serverThreads, SimHttpServer.WORKER_THREADS);
            assertTrue(serverThreads <= SimHttpServer.WORKER_THREADS + 1, serverThreads + " server threads");
        }
    }

    private String start(SmartIdSimulator simulator, byte[] hash) {
        Reply created = client.post(simulator.baseUri().resolve("authentication/etsi/PNOLT-30303039914"),
                signing(hash));
        assertEquals(200, created.status(), created.body());
        return created.string("sessionID");
    }

    private static URI status(SmartIdSimulator simulator, String sessionId, int timeoutMs) {
        return simulator.baseUri().resolve("session/" + sessionId + "?timeoutMs=" + timeoutMs);
    }
}
