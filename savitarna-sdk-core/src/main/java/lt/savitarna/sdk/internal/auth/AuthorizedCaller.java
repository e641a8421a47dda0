package lt.savitarna.sdk.internal.auth;

import java.time.Instant;
import lt.savitarna.sdk.error.ApiException;
import lt.savitarna.sdk.error.ErrorCodes;
import lt.savitarna.sdk.internal.http.HttpPipeline;
import lt.savitarna.sdk.internal.http.Operation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends operations on behalf of a session: adds the bearer token (refreshed proactively when it is
 * about to expire) and, when the portal still answers {@code 401 TOKEN_EXPIRED}, refreshes once and
 * repeats the operation once, with the same request id, idempotency key and deadline.
 * Services of a workspace (documents, loyalty, help) send through this.
 *
 * <pre>{@code
 * List<Doc> docs = calls.send(Operation.builder("GET", scopePath + "/documents")
 *         .query("limit", 50)
 *         .build(ResponseReader.json(o -> JsonFields.list(o, "items", DocMapping::document))));
 * }</pre>
 */
public final class AuthorizedCaller {

    private static final Logger LOG = LoggerFactory.getLogger("lt.savitarna.sdk.auth");

    private final HttpPipeline pipeline;
    private final TokenManager tokens;

    /** Ties the pipeline to a session's tokens. */
    public AuthorizedCaller(HttpPipeline pipeline, TokenManager tokens) {
        this.pipeline = pipeline;
        this.tokens = tokens;
    }

    /** The client's pipeline, for its JSON codec, clock and locale. */
    public HttpPipeline pipeline() {
        return pipeline;
    }

    /** The session's tokens. */
    public TokenManager tokens() {
        return tokens;
    }

    /** Sends the operation with the session's bearer token. */
    public <T> T send(Operation<T> op) {
        Instant deadline = pipeline.newDeadline();
        TokenSet used = tokens.usable();
        try {
            return pipeline.send(op.withHeader("Authorization", used.bearer()), deadline);
        } catch (ApiException e) {
            if (e.status() != 401 || !ErrorCodes.TOKEN_EXPIRED.equals(e.code())) {
                throw e;
            }
            LOG.debug("{} {} answered TOKEN_EXPIRED; repeating it once with a fresh token (request id {})",
                    op.method(), op.path(), op.requestId());
            TokenSet fresh = tokens.refreshAfter(used);
            return pipeline.send(op.withHeader("Authorization", fresh.bearer()), deadline);
        }
    }
}
