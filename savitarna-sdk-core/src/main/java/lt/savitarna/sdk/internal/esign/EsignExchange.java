package lt.savitarna.sdk.internal.esign;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import lt.savitarna.sdk.internal.http.BodySource;
import lt.savitarna.sdk.internal.http.Operation;
import lt.savitarna.sdk.internal.http.Paths;
import lt.savitarna.sdk.internal.http.ResponseReader;
import lt.savitarna.sdk.internal.signature.FlowChain;
import lt.savitarna.sdk.signature.Authentication;
import lt.savitarna.sdk.signature.AuthenticationRequest;
import lt.savitarna.sdk.signature.SignatureProvider;
import lt.savitarna.sdk.signature.SignerIdentity;
import lt.savitarna.sdk.signature.SigningListener;

/**
 * The portal's e-signature exchange, the same for a login and for an identity confirmation: ask
 * the portal for a challenge for the person, have the provider authenticate over its digest within
 * the challenge's expiry, check that the answer names the person asked for, and send the proof
 * back. What differs is where the two requests go, who sends them (the pipeline, or a session's
 * authorized calls) and what the second one yields; the caller says that, once, here.
 *
 * <pre>{@code
 * EsignExchange<Profile> confirm = new EsignExchange<>(calls::send, "/me/identity/challenges", () -> { },
 *         clock::instant, locale, (challenge, auth) -> EsignExchange.sendProof(calls::send,
 *                 EsignExchange.proofPath("/me/identity/challenges", challenge, "confirmation"), auth, reader));
 * Profile me = confirm.run(smartId, person, listener);
 * }</pre>
 *
 * @param <R> what the exchange yields (a session, a profile)
 */
public final class EsignExchange<R> {

    /** Sends one portal operation; {@code pipeline::send} or a session's {@code calls::send}. */
    public interface Sender {
        /** Sends {@code operation} and returns what its reader made of the answer. */
        <T> T send(Operation<T> operation);
    }

    /** The second request: sends the proof for the challenge and makes the result. */
    public interface Completion<R> {
        /** Completes {@code challenge} with the provider's {@code authentication}. */
        R complete(EsignWire.Pending challenge, Authentication authentication);
    }

    private final Sender sender;
    private final String challengesPath;
    private final Runnable beforeStart;
    private final Supplier<Instant> clock;
    private final Locale locale;
    private final Completion<R> completion;

    /**
     * @param sender         sends the challenge request
     * @param challengesPath where challenges are asked for, e.g. {@code /auth/esign/challenges}
     * @param beforeStart    runs first, on the thread that starts the exchange (e.g. a closed-client check)
     * @param clock          the time the challenge's expiry is counted from
     * @param locale         the language of a signer-mismatch message
     * @param completion     the second request
     */
    public EsignExchange(Sender sender, String challengesPath, Runnable beforeStart, Supplier<Instant> clock,
                         Locale locale, Completion<R> completion) {
        this.sender = sender;
        this.challengesPath = challengesPath;
        this.beforeStart = beforeStart;
        this.clock = clock;
        this.locale = locale;
        this.completion = completion;
    }

    /** The whole exchange on the calling thread, which also waits for the person. */
    public R run(SignatureProvider provider, SignerIdentity signer, SigningListener listener) {
        EsignWire.Pending challenge = start(provider, signer);
        Authentication auth = provider.authenticate(request(signer, challenge), orNone(listener));
        EsignWire.checkSigner(signer, auth, locale);
        return completion.complete(challenge, auth);
    }

    /**
     * The exchange as a future: the two portal requests run on {@code executor} (the SDK's shared
     * workers when {@code null}); the wait for the person is the provider's own future, so a
     * natively asynchronous provider holds no thread meanwhile. Cancelling the future cancels the
     * step in flight.
     */
    public CompletableFuture<R> runAsync(SignatureProvider provider, SignerIdentity signer, SigningListener listener,
                                         Executor executor) {
        FlowChain<R> flow = new FlowChain<>();
        SigningListener progress = orNone(listener);
        return flow.finish(flow.blocking(() -> start(provider, signer), executor)
                .thenCompose(challenge -> flow.step(provider.authenticateAsync(request(signer, challenge), progress))
                        .thenApply(auth -> {
                            EsignWire.checkSigner(signer, auth, locale);
                            return auth;
                        })
                        .thenCompose(auth -> flow.blocking(() -> completion.complete(challenge, auth), executor))));
    }

    /** {@code <challengesPath>/<challenge id>/<step>}, where the proof goes. */
    public static String proofPath(String challengesPath, EsignWire.Pending challenge, String step) {
        return challengesPath + "/" + Paths.segment(challenge.id()) + "/" + step;
    }

    /** Sends the authentication as the proof for a challenge; the body is wiped once sent. */
    public static <T> T sendProof(Sender sender, String path, Authentication auth, ResponseReader<T> reader) {
        byte[] proof = EsignWire.completion(auth);
        try {
            return sender.send(Operation.builder("POST", path)
                    .body(BodySource.secretJson(proof))
                    .idempotent()
                    .build(reader));
        } finally {
            Arrays.fill(proof, (byte) 0);
        }
    }

    private EsignWire.Pending start(SignatureProvider provider, SignerIdentity signer) {
        beforeStart.run();
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(signer, "signer");
        byte[] request = EsignWire.challengeRequest(EsignWire.challengeMethod(provider.name()), signer);
        try {
            return sender.send(Operation.builder("POST", challengesPath)
                    .body(BodySource.secretJson(request))
                    .idempotent()
                    .build(ResponseReader.json(EsignWire::challenge)));
        } finally {
            Arrays.fill(request, (byte) 0);
        }
    }

    /** Authenticates over the challenge's digest, within what is left of its expiry. */
    private AuthenticationRequest request(SignerIdentity signer, EsignWire.Pending challenge) {
        AuthenticationRequest.Builder request = AuthenticationRequest.builder(signer, challenge.digest());
        Duration left = EsignWire.until(challenge.expiresAt(), clock.get());
        if (left != null) {
            request.deadline(left);
        }
        return request.build();
    }

    private static SigningListener orNone(SigningListener listener) {
        return listener == null ? SigningListener.none() : listener;
    }
}
