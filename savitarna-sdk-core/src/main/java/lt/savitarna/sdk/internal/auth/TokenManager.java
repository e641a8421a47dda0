package lt.savitarna.sdk.internal.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import lt.savitarna.sdk.error.ErrorCodes;
import lt.savitarna.sdk.error.SessionExpiredException;
import lt.savitarna.sdk.error.TransportException;
import lt.savitarna.sdk.internal.http.BodySource;
import lt.savitarna.sdk.internal.http.HttpPipeline;
import lt.savitarna.sdk.internal.http.Operation;
import lt.savitarna.sdk.internal.http.ResponseReader;
import lt.savitarna.sdk.internal.json.SecretJsonWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a session's tokens and refreshes them once however many threads need it at the same time.
 *
 * <p>Single flight: a thread that saw generation N and needs a fresh token asks for a refresh
 * "after N". The first such thread performs it; the others wait for that one refresh and get
 * generation N+1. A thread that asks after the refresh finished sees that the generation moved on
 * and uses the new token without refreshing again. A refresh the portal rejects
 * ({@code INVALID_REFRESH_TOKEN}) closes the session for good.
 *
 * <pre>{@code
 * TokenSet tokens = manager.usable();              // refreshed first if about to expire
 * TokenSet fresh = manager.refreshAfter(tokens);   // after a 401 TOKEN_EXPIRED
 * }</pre>
 */
public final class TokenManager {

    private static final Logger LOG = LoggerFactory.getLogger("lt.savitarna.sdk.auth");

    private final HttpPipeline pipeline;
    private final Duration skew;
    private final Consumer<TokenAnswer> onTokens;
    private final Object lock = new Object();

    private volatile TokenSet current;
    private CompletableFuture<TokenSet> inflight;
    private volatile SessionExpiredException expiredBy;
    private volatile boolean loggedOut;

    /**
     * Starts with the tokens of a login.
     *
     * @param onTokens told about every token answer, e.g. to follow {@code identityConfirmed}
     */
    public TokenManager(HttpPipeline pipeline, TokenAnswer initial, Instant issuedAt, Duration skew,
                        Consumer<TokenAnswer> onTokens) {
        this.pipeline = pipeline;
        this.skew = skew;
        this.onTokens = onTokens;
        this.current = TokenSet.from(initial, issuedAt, skew, 0);
    }

    /** Tokens good for a call now, refreshed first when they are about to expire. */
    public TokenSet usable() {
        TokenSet tokens = current;
        ensureOpen(tokens);
        return tokens.refreshDue(pipeline.clock().instant()) ? refreshAfter(tokens) : tokens;
    }

    /** Tokens newer than {@code seen}: the result of the one refresh that replaces it. */
    public TokenSet refreshAfter(TokenSet seen) {
        CompletableFuture<TokenSet> flight;
        boolean leader = false;
        synchronized (lock) {
            TokenSet now = current;
            ensureOpen(now);
            if (now.generation() != seen.generation()) {
                return now;
            }
            if (inflight == null) {
                inflight = new CompletableFuture<>();
                leader = true;
            }
            flight = inflight;
        }
        if (!leader) {
            return await(flight);
        }
        try {
            TokenSet fresh = refresh(seen);
            synchronized (lock) {
                // Keep tokens installed meanwhile (e.g. after identity confirmation): they are newer.
                if (!loggedOut && current != null && current.generation() == seen.generation()) {
                    current = fresh;
                }
                inflight = null;
            }
            flight.complete(fresh);
            return fresh;
        } catch (SessionExpiredException e) {
            LOG.debug("the portal rejected the refresh token; the session is closed (request id {})",
                    e.getRequestId());
            synchronized (lock) {
                expiredBy = e;
                current = null;
                inflight = null;
            }
            flight.completeExceptionally(e);
            throw e;
        } catch (RuntimeException | Error e) {
            synchronized (lock) {
                inflight = null;
            }
            flight.completeExceptionally(e);
            throw e;
        }
    }

    /** Replaces the tokens with a newer answer, e.g. one issued after identity confirmation. */
    public void install(TokenAnswer answer, Instant issuedAt) {
        synchronized (lock) {
            ensureOpen(current);
            current = TokenSet.from(answer, issuedAt, skew, current.generation() + 1);
        }
        onTokens.accept(answer);
    }

    /**
     * Ends the session locally and hands out the last tokens for the logout call, refreshed first
     * if they were about to expire; {@code null} when the session had already ended.
     */
    public TokenSet endForLogout() {
        TokenSet last;
        try {
            last = usable();
        } catch (SessionExpiredException | IllegalStateException e) {
            return null;
        } catch (RuntimeException e) {
            // The refresh before logging out failed (e.g. the portal is unreachable): still end the
            // session here and try the logout with what we have.
            last = current;
        }
        synchronized (lock) {
            if (loggedOut || last == null) {
                return null;
            }
            loggedOut = true;
            current = null;
            return last;
        }
    }

    /** Whether the session ended: logged out or expired. */
    public boolean isClosed() {
        return loggedOut || expiredBy != null;
    }

    /** Whether the portal rejected the refresh token. */
    public boolean isExpired() {
        return expiredBy != null;
    }

    /** The logout call for the given tokens; the body bytes are zeroed once it is done. */
    public void logout(TokenSet tokens) {
        byte[] body = new SecretJsonWriter().beginObject().field("refreshToken", tokens.refreshToken()).endObject()
                .toBytes();
        try {
            pipeline.send(Operation.builder("POST", "/auth/logout")
                    .header("Authorization", tokens.bearer())
                    .body(BodySource.secretJson(body))
                    .idempotent()
                    .build(ResponseReader.discard()));
        } finally {
            Arrays.fill(body, (byte) 0);
        }
    }

    private TokenSet refresh(TokenSet seen) {
        LOG.debug("refreshing the access token (generation {} to {})", seen.generation(), seen.generation() + 1);
        byte[] body = new SecretJsonWriter().beginObject().field("refreshToken", seen.refreshToken()).endObject()
                .toBytes();
        Instant issuedAt = pipeline.clock().instant();
        try {
            Operation<TokenAnswer> op = Operation.builder("POST", "/auth/refresh")
                    .body(BodySource.secretJson(body))
                    .idempotent()
                    .build(ResponseReader.json(TokenAnswer::read));
            TokenAnswer answer = pipeline.send(op);
            onTokens.accept(answer);
            return TokenSet.from(answer, issuedAt, skew, seen.generation() + 1);
        } finally {
            Arrays.fill(body, (byte) 0);
        }
    }

    private void ensureOpen(TokenSet tokens) {
        SessionExpiredException expired = expiredBy;
        if (expired != null) {
            throw expired;
        }
        if (loggedOut || tokens == null) {
            throw new IllegalStateException("the session is logged out; log in again for a new session");
        }
    }

    private TokenSet await(CompletableFuture<TokenSet> flight) {
        try {
            return flight.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            Locale locale = pipeline.locale();
            throw new TransportException(ErrorCodes.INTERRUPTED, null, 0, locale, e);
        }
    }
}
