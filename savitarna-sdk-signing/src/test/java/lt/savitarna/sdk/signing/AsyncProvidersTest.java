package lt.savitarna.sdk.signing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static lt.savitarna.sdk.signing.TestCertificates.NOW;
import static lt.savitarna.sdk.signing.TestCertificates.SID_SIGN;
import static lt.savitarna.sdk.signing.TestCertificates.certificate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import lt.savitarna.sdk.signature.Authentication;
import lt.savitarna.sdk.signature.AuthenticationRequest;
import lt.savitarna.sdk.signature.CertificateLevel;
import lt.savitarna.sdk.signature.Digest;
import lt.savitarna.sdk.signature.HashType;
import lt.savitarna.sdk.signature.SignatureErrorCodes;
import lt.savitarna.sdk.signature.SignatureRequest;
import lt.savitarna.sdk.signature.SignatureTimeoutException;
import lt.savitarna.sdk.signature.SignerIdentity;
import lt.savitarna.sdk.signature.SigningCancelledException;
import lt.savitarna.sdk.signature.SigningCertificate;
import lt.savitarna.sdk.signature.SigningException;
import lt.savitarna.sdk.signature.SigningState;
import lt.savitarna.sdk.signature.identity.NationalIdentity;
import lt.savitarna.sdk.signature.identity.PersonalCode;
import lt.savitarna.sdk.signature.identity.PhoneNumber;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The natively asynchronous forms of the Smart-ID and Mobile-ID providers: cancelling stops the
 * polling (the request in flight included), the deadline ends the wait with the typed timeout,
 * and the futures fail with exactly the exceptions the blocking forms throw.
 */
class AsyncProvidersTest {

    static final String UUID = "00000000-0000-4000-8000-000000000000";
    static final String PERSON = "PNOLT-30303039914";
    static final SignerIdentity JONAS = SignerIdentity.of(PersonalCode.parse("30303039914"));
    static final SignerIdentity MARY = SignerIdentity.mobileId(PhoneNumber.parse("8 600 00666"),
            PersonalCode.parse("50001018865"));
    static final Digest CHALLENGE = Digest.compute(HashType.SHA512, "async".getBytes(StandardCharsets.UTF_8));
    static final Duration HELD = Duration.ofMillis(800);

    static SkServer smartIdService;
    static SkServer mobileIdService;

    MutableClock clock;
    RecordingListener listener;

    @BeforeAll
    static void start() {
        smartIdService = SkServer.http("/smart-id-rp/v2/");
        mobileIdService = SkServer.http("/mid-api/");
    }

    @AfterAll
    static void stop() {
        smartIdService.close();
        mobileIdService.close();
    }

    @BeforeEach
    void setUp() {
        smartIdService.reset();
        mobileIdService.reset();
        clock = new MutableClock(NOW);
        listener = new RecordingListener();
    }

    /** Smart-ID with the real pause: polls are timed by the shared scheduler, no thread sleeps. */
    SmartIdProvider smartId() {
        return SmartIdProvider.create(SmartIdConfig.demo(UUID, "DEMO").baseUri(smartIdService.baseUri())
                .trustAnchors(List.of(TestCertificates.testCa())).clock(clock).pollInterval(Duration.ZERO)
                .locale(Locale.ENGLISH).build());
    }

    MobileIdProvider mobileId() {
        return MobileIdProvider.create(MobileIdConfig.demo(UUID, "DEMO").baseUri(mobileIdService.baseUri())
                .trustAnchors(List.of(TestCertificates.testCa())).clock(clock).pollInterval(Duration.ZERO).build());
    }

    /** Status requests of {@code statusPath} are held by the service, as a long poll is. */
    static void held(SkServer service, String root, String statusPath) {
        service.server.stubFor(get(urlPathEqualTo(root + statusPath)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"state\":\"RUNNING\"}")
                .withFixedDelay((int) HELD.toMillis())));
    }

    @Test
    void cancellingASmartIdFutureMidPollCancelsTheRequestInFlightAndSendsNoOther() throws Exception {
        smartIdService.startsSession("authentication/etsi/" + PERSON, "s1");
        held(smartIdService, "/smart-id-rp/v2/", "session/s1");

        CompletableFuture<Authentication> pending = smartId().authenticateAsync(
                AuthenticationRequest.builder(JONAS, CHALLENGE).build(), listener);
        await(() -> smartIdService.polls("session/s1").size() == 1);

        assertTrue(pending.cancel(true));
        assertTrue(pending.isCancelled(), "cancelled at once, not when the held poll returns");
        assertThrows(CancellationException.class, pending::join);
        assertEquals(List.of(SigningState.STARTING, SigningState.WAITING_FOR_USER, SigningState.CANCELLED),
                listener.states);
        // Without the cancel the next poll would follow the held one's answer at once (no pause).
        assertNoMoreRequests(smartIdService, "session/s1", 1);
        assertEquals(SigningState.CANCELLED, listener.states.get(listener.states.size() - 1));
    }

    @Test
    void cancellingAMobileIdFutureMidPollStopsThePolling() throws Exception {
        mobileIdService.startsSession("authentication", "m1");
        held(mobileIdService, "/mid-api/", "authentication/session/m1");

        CompletableFuture<Authentication> pending = mobileId().authenticateAsync(
                AuthenticationRequest.builder(MARY, Digest.compute(HashType.SHA256, new byte[] {1})).build(),
                listener);
        await(() -> mobileIdService.polls("authentication/session/m1").size() == 1);

        assertTrue(pending.cancel(true));
        assertEquals(1, listener.codes.size(), "the verification code was shown before the first poll");
        assertNoMoreRequests(mobileIdService, "authentication/session/m1", 1);
        assertEquals(List.of(SigningState.STARTING, SigningState.WAITING_FOR_USER, SigningState.CANCELLED),
                listener.states);
    }

    @Test
    void interruptingTheBlockingCallerCancelsThePollingAndKeepsTheInterrupt() throws Exception {
        smartIdService.startsSession("authentication/etsi/" + PERSON, "s1");
        held(smartIdService, "/smart-id-rp/v2/", "session/s1");
        SmartIdProvider provider = smartId();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicReference<Boolean> stillInterrupted = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                provider.authenticate(AuthenticationRequest.builder(JONAS, CHALLENGE).build(), listener);
            } catch (RuntimeException e) {
                thrown.set(e);
                stillInterrupted.set(Thread.currentThread().isInterrupted());
            }
        });
        caller.start();
        await(() -> smartIdService.polls("session/s1").size() == 1);

        caller.interrupt();
        caller.join(TimeUnit.SECONDS.toMillis(10));

        assertInstanceOf(SigningCancelledException.class, thrown.get());
        assertTrue(stillInterrupted.get(), "the caller's interrupt status is kept");
        assertNoMoreRequests(smartIdService, "session/s1", 1);
        assertEquals(SigningState.CANCELLED, listener.states.get(listener.states.size() - 1));
    }

    @Test
    void theDeadlineEndsTheAsyncWaitWithTheTypedTimeout() {
        SmartIdProvider provider = SmartIdProvider.create(SmartIdConfig.demo(UUID, "DEMO")
                .baseUri(smartIdService.baseUri()).trustAnchors(List.of(TestCertificates.testCa())).clock(clock)
                .sleeper(pause -> clock.advance(Duration.ofSeconds(1))).locale(Locale.ENGLISH).build());
        smartIdService.startsSession("authentication/etsi/" + PERSON, "s1");
        smartIdService.statusAnswers("session/s1", "{\"state\":\"RUNNING\"}");

        CompletableFuture<Authentication> pending = provider.authenticateAsync(
                AuthenticationRequest.builder(JONAS, CHALLENGE).deadline(Duration.ofMillis(2500)).build(), listener);

        ExecutionException e = assertThrows(ExecutionException.class, () -> pending.get(10, TimeUnit.SECONDS));
        SignatureTimeoutException timeout = assertInstanceOf(SignatureTimeoutException.class, e.getCause());
        assertEquals(SignatureErrorCodes.SIGNING_DEADLINE_EXCEEDED, timeout.getCode());
        assertEquals(Duration.ofMillis(2500), timeout.deadline().orElseThrow());
        assertEquals(3, smartIdService.polls("session/s1").size());
        assertEquals(SigningState.FAILED, listener.states.get(listener.states.size() - 1));
    }

    @Test
    void smartIdFuturesFailWithTheExceptionsTheBlockingFormsThrow() {
        SmartIdProvider provider = smartId();
        for (Map.Entry<String, Class<? extends SigningException>> end : EndResults.SMART_ID.entrySet()) {
            smartIdService.reset();
            smartIdService.startsSession("authentication/etsi/" + PERSON, "s1");
            smartIdService.statusAnswers("session/s1", "{\"state\":\"COMPLETE\",\"result\":{\"endResult\":\""
                    + end.getKey() + "\"}}");
            assertSameFailure(end.getValue(),
                    () -> provider.authenticate(AuthenticationRequest.builder(JONAS, CHALLENGE).build(), null),
                    () -> provider.authenticateAsync(AuthenticationRequest.builder(JONAS, CHALLENGE).build(), null));
        }
        for (int status : new int[] {400, 401, 403, 404, 471, 472, 480, 503}) {
            smartIdService.reset();
            smartIdService.answers("POST", "authentication/etsi/" + PERSON, status, "");
            assertSameFailure(SigningException.class,
                    () -> provider.authenticate(AuthenticationRequest.builder(JONAS, CHALLENGE).build(), null),
                    () -> provider.authenticateAsync(AuthenticationRequest.builder(JONAS, CHALLENGE).build(), null));
        }
    }

    @Test
    void mobileIdFuturesFailWithTheExceptionsTheBlockingFormsThrow() {
        MobileIdProvider provider = mobileId();
        Digest digest = Digest.compute(HashType.SHA256, new byte[] {2});
        for (Map.Entry<String, Class<? extends SigningException>> end : EndResults.MOBILE_ID.entrySet()) {
            mobileIdService.reset();
            mobileIdService.startsSession("authentication", "m1");
            mobileIdService.statusAnswers("authentication/session/m1", "{\"state\":\"COMPLETE\",\"result\":\""
                    + end.getKey() + "\"}");
            assertSameFailure(end.getValue(),
                    () -> provider.authenticate(AuthenticationRequest.builder(MARY, digest).build(), null),
                    () -> provider.authenticateAsync(AuthenticationRequest.builder(MARY, digest).build(), null));
        }
        mobileIdService.reset();
        mobileIdService.answers("POST", "certificate", 200, "{\"result\":\"NOT_FOUND\"}");
        assertSameFailure(SigningException.class,
                () -> provider.signingCertificate(lt.savitarna.sdk.signature.CertificateRequest.builder(MARY).build(),
                        null),
                () -> provider.signingCertificateAsync(
                        lt.savitarna.sdk.signature.CertificateRequest.builder(MARY).build(), null));
    }

    @Test
    void aRequestThatDoesNotSuitTheProviderFailsTheFutureWithoutStarting() {
        SigningCertificate byIdentityOnly = new SigningCertificate("smart-id", JONAS, certificate(SID_SIGN),
                NationalIdentity.parse(PERSON), CertificateLevel.QUALIFIED);
        SignatureRequest request = SignatureRequest.builder(byIdentityOnly,
                Digest.compute(HashType.SHA256, new byte[] {3})).build();
        SmartIdProvider provider = smartId();

        CompletableFuture<?> pending = provider.signAsync(request, listener);

        CompletionException e = assertThrows(CompletionException.class, pending::join);
        assertInstanceOf(IllegalArgumentException.class, e.getCause());
        assertThrows(IllegalArgumentException.class, () -> provider.sign(request, listener));
        assertTrue(listener.states.isEmpty(), "nothing started: " + listener.states);
        assertEquals(0, smartIdService.requestCount());
    }

    /** The blocking form throws {@code type}; the future fails with the same class and code, unwrapped. */
    private static void assertSameFailure(Class<? extends SigningException> type, Runnable blocking,
                                          Supplier<CompletableFuture<?>> async) {
        SigningException sync = assertThrows(type, blocking::run);
        ExecutionException failed = assertThrows(ExecutionException.class,
                () -> async.get().get(10, TimeUnit.SECONDS));
        assertEquals(sync.getClass(), failed.getCause().getClass(), sync.getCode());
        assertEquals(sync.getCode(), ((SigningException) failed.getCause()).getCode());
        CompletionException joined = assertThrows(CompletionException.class, () -> async.get().join());
        assertEquals(sync.getClass(), joined.getCause().getClass());
    }

    /** Waits out the held poll and a little more: no request may follow the {@code expected} ones. */
    private static void assertNoMoreRequests(SkServer service, String statusPath, int expected)
            throws InterruptedException {
        // The held poll would have been answered by now, and without the cancel its successor sent.
        Thread.sleep(HELD.toMillis() + 400);
        assertEquals(expected, service.polls(statusPath).size(), "no status request after the cancel");
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                fail("condition not met in time");
            }
            Thread.sleep(5); // polls a condition the provider's threads make true; no timing is asserted
        }
    }
}
