package lt.savitarna.sdk.internal.workspace;

import jakarta.json.JsonObject;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import lt.savitarna.sdk.Page;
import lt.savitarna.sdk.PagedIterable;
import lt.savitarna.sdk.error.IdentityNotConfirmedException;
import lt.savitarna.sdk.internal.auth.AuthorizedCaller;
import lt.savitarna.sdk.internal.http.HttpPipeline;
import lt.savitarna.sdk.internal.http.Operation;
import lt.savitarna.sdk.internal.http.Paths;
import lt.savitarna.sdk.internal.http.ResponseReader;
import lt.savitarna.sdk.internal.json.JsonCodec;
import lt.savitarna.sdk.internal.json.JsonFields;

/**
 * Sends the operations of one workspace: paths below {@code /companies/{c}/parties/{p}}, with the
 * session's tokens, and with the session's identity state kept in step with the portal's answers.
 *
 * <pre>{@code
 * Document d = calls.send(calls.operation("GET", "/documents/" + ScopedCalls.id(id, "documentId"))
 *         .build(ResponseReader.json(DocumentMapping::document)));
 * }</pre>
 */
public final class ScopedCalls {

    private final AuthorizedCaller calls;
    private final String scopePath;
    private final IdentityGate gate;

    /**
     * Binds a session's caller to a scope.
     *
     * @param scopePath {@code /companies/{companyId}/parties/{partyId}} with encoded ids
     */
    public ScopedCalls(AuthorizedCaller calls, String scopePath, IdentityGate gate) {
        this.calls = Objects.requireNonNull(calls, "calls");
        this.scopePath = Objects.requireNonNull(scopePath, "scopePath");
        this.gate = Objects.requireNonNull(gate, "gate");
    }

    /** Starts an operation on {@code relativePath} below the scope. */
    public Operation.Builder operation(String method, String relativePath) {
        return Operation.builder(method, scopePath + relativePath);
    }

    /** Sends a scoped operation; its answer updates the session's identity state. */
    public <T> T send(Operation<T> op) {
        T result;
        try {
            result = calls.send(op);
        } catch (IdentityNotConfirmedException e) {
            gate.notConfirmed();
            throw e;
        }
        gate.confirmed();
        return result;
    }

    /** Sends an operation outside the scope (e.g. {@code /help/contacts}) with the session's tokens. */
    public <T> T sendUnscoped(Operation<T> op) {
        return calls.send(op);
    }

    /**
     * A lazy paged list of {@code relativePath}: each page is a GET with {@code limit}, the cursor
     * of the page before, and the query parameters {@code filters} adds.
     */
    public <T> PagedIterable<T> paged(String relativePath, int pageSize,
                                      Function<Operation.Builder, Operation.Builder> filters,
                                      Function<JsonObject, T> item) {
        return PagedIterable.of(cursor -> send(filters.apply(operation("GET", relativePath))
                .query("limit", pageSize)
                .query("cursor", cursor)
                .build(ResponseReader.json(o -> page(o, item)))));
    }

    /** Reads a {@code { items, nextCursor }} answer. */
    public static <T> Page<T> page(JsonObject o, Function<JsonObject, T> item) {
        return Page.of(JsonFields.list(o, "items", item), JsonFields.string(o, "nextCursor"));
    }

    /** See {@link IdentityGate#requireConfirmed()}. */
    public void requireConfirmedIdentity() {
        gate.requireConfirmed();
    }

    /** The client's pipeline. */
    public HttpPipeline pipeline() {
        return calls.pipeline();
    }

    /** The client's JSON codec. */
    public JsonCodec json() {
        return calls.pipeline().json();
    }

    /** The client's locale. */
    public Locale locale() {
        return calls.pipeline().locale();
    }

    /**
     * An id given by the caller, checked and encoded as one path segment.
     *
     * @throws NullPointerException     when it is {@code null}
     * @throws IllegalArgumentException when it is blank
     */
    public static String id(String id, String name) {
        Objects.requireNonNull(id, name);
        if (id.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return Paths.segment(id);
    }

    /** Checks a page size against the contract's 1..200. */
    public static int pageSize(int pageSize) {
        if (pageSize < WorkspacePolicies.PAGE_MIN || pageSize > WorkspacePolicies.PAGE_MAX) {
            throw new IllegalArgumentException("pageSize must be " + WorkspacePolicies.PAGE_MIN + ".."
                    + WorkspacePolicies.PAGE_MAX + ": " + pageSize);
        }
        return pageSize;
    }
}
