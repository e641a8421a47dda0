package lt.savitarna.sdk.testkit.sandbox.internal;

/** Password login, refresh-token rotation and logout. */
public final class SessionEndpoints {

    private SessionEndpoints() {
    }

    public static void register(Router router) {
        router.add("POST", "/api/v1/auth/password", Access.PUBLIC, Idempotency.OPTIONAL, SessionEndpoints::login);
        router.add("POST", "/api/v1/auth/refresh", Access.PUBLIC, Idempotency.OPTIONAL, SessionEndpoints::refresh);
        // Checks its bearer itself: a revoked or expired token may still log out (twice is fine).
        router.add("POST", "/api/v1/auth/logout", Access.PUBLIC, Idempotency.NONE, SessionEndpoints::logout);
    }

    static Response login(RequestContext context) {
        FieldReader fields = new FieldReader(context.jsonBody());
        String email = fields.requiredString("email").orElse(null);
        String password = fields.requiredString("password").orElse(null);
        fields.throwIfInvalid();
        Account account = context.state().accountByEmail(email)
                .filter(candidate -> candidate.password().matches(password))
                .orElseThrow(() -> new ProblemException(Problem.invalidCredentials()));
        return tokens(context.state().startSession(account.id()));
    }

    static Response refresh(RequestContext context) {
        FieldReader fields = new FieldReader(context.jsonBody());
        String refreshToken = fields.requiredString("refreshToken").orElse(null);
        fields.throwIfInvalid();
        return tokens(context.state().refresh(refreshToken));
    }

    static Response logout(RequestContext context) {
        String accessToken = context.bearerToken().orElseThrow(() ->
                new ProblemException(Problem.unauthenticated("A bearer access token is required")));
        if (context.state().checkAccess(accessToken).status() == AccessCheck.Status.UNKNOWN) {
            throw new ProblemException(Problem.unauthenticated("The access token is not valid"));
        }
        FieldReader fields = new FieldReader(context.jsonBody());
        String refreshToken = fields.requiredString("refreshToken").orElse(null);
        fields.throwIfInvalid();
        context.state().logout(accessToken, refreshToken);
        return Response.noContent();
    }

    private static Response tokens(TokenPair pair) {
        return Response.json(200, Views.tokens(pair)).withHeader("Cache-Control", "no-store");
    }
}
