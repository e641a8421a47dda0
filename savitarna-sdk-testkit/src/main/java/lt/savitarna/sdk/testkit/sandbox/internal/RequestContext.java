package lt.savitarna.sdk.testkit.sandbox.internal;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a handler needs about one request: its data, the store, and the checks that every
 * protected route shares: who is calling ({@link #account()}), whether their identity is
 * confirmed ({@link #confirmedAccount()}), and whether they represent the workspace in the
 * path ({@link #scope()}). Used by one thread at a time.
 */
public final class RequestContext {

    private final IncomingRequest request;
    private final Map<String, String> pathVariables;
    private final String requestId;
    private final SandboxState state;
    private String authenticatedAccountId;
    private JsonObject jsonBody;

    public RequestContext(IncomingRequest request, Map<String, String> pathVariables, String requestId,
                          SandboxState state) {
        this.request = request;
        this.pathVariables = Map.copyOf(pathVariables);
        this.requestId = requestId;
        this.state = state;
    }

    public IncomingRequest request() {
        return request;
    }

    public String requestId() {
        return requestId;
    }

    public SandboxState state() {
        return state;
    }

    public Instant now() {
        return state.now();
    }

    /** A variable of the route's path template; the route guarantees it exists. */
    public String pathVariable(String name) {
        String value = pathVariables.get(name);
        if (value == null) {
            throw new IllegalStateException("route has no path variable " + name);
        }
        return value;
    }

    public Optional<String> queryParameter(String name) {
        return request.queryParameter(name);
    }

    /** Every value of a repeatable query parameter, in order. */
    public List<String> queryParameters(String name) {
        return request.queryParameters(name);
    }

    /** The body as a JSON object, parsed once; {@code 400 VALIDATION_FAILED} if it is not one. */
    public JsonObject jsonBody() {
        if (jsonBody == null) {
            jsonBody = Json.parseObject(request.body());
        }
        return jsonBody;
    }

    /** The token of a well-formed {@code Authorization: Bearer ...} header. */
    public Optional<String> bearerToken() {
        return request.header("authorization").map(String::trim).flatMap(value -> {
            int space = value.indexOf(' ');
            if (space < 0 || !value.substring(0, space).toLowerCase(Locale.ROOT).equals("bearer")) {
                return Optional.empty();
            }
            String token = value.substring(space + 1).trim();
            return token.isEmpty() || token.contains(" ") ? Optional.empty() : Optional.of(token);
        });
    }

    /**
     * The caller's account: {@code 401 UNAUTHENTICATED} without a valid bearer token,
     * {@code 401 TOKEN_EXPIRED} when it has expired.
     */
    public Account account() {
        if (authenticatedAccountId == null) {
            String token = bearerToken().orElseThrow(() ->
                    new ProblemException(Problem.unauthenticated("A bearer access token is required")));
            AccessCheck check = state.checkAccess(token);
            switch (check.status()) {
                case VALID -> authenticatedAccountId = check.accountId();
                case EXPIRED -> throw new ProblemException(Problem.tokenExpired());
                default -> throw new ProblemException(Problem.unauthenticated("The access token is not valid"));
            }
        }
        return state.account(authenticatedAccountId).orElseThrow(() ->
                new ProblemException(Problem.unauthenticated("The account no longer exists")));
    }

    /** The caller's account, which must have a confirmed identity ({@code 403 IDENTITY_NOT_CONFIRMED}). */
    public Account confirmedAccount() {
        Account account = account();
        if (!account.identityConfirmed()) {
            throw new ProblemException(Problem.identityNotConfirmed());
        }
        return account;
    }

    /** The workspace named by the path variables {@code companyId} and {@code partyId}. */
    public Representation scope() {
        return scope(pathVariable("companyId"), pathVariable("partyId"));
    }

    /**
     * The workspace (group company × represented party) the caller may act in:
     * {@code 401} / {@code 403} as for {@link #confirmedAccount()}, and {@code 404 NOT_FOUND}
     * for a pair the person does not represent, so that other people's ids reveal nothing.
     */
    public Representation scope(String companyId, String partyId) {
        Account account = confirmedAccount();
        return state.representation(account.id(), companyId, partyId).orElseThrow(() ->
                new ProblemException(Problem.notFound("No such company and party for this account")));
    }
}
