package lt.savitarna.sdk.testkit.sandbox.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import lt.savitarna.sdk.testkit.sandbox.internal.workspace.WorkspaceHooks;
import lt.savitarna.sdk.testkit.sandbox.internal.workspace.WorkspaceOptions;
import lt.savitarna.sdk.testkit.sandbox.internal.workspace.WorkspaceRoutes;
import lt.savitarna.sdk.testkit.sandbox.internal.workspace.WorkspaceStore;

/**
 * The sandbox without its socket: store, ledger, faults, counters, recorder and the routes,
 * wired to one {@link Dispatcher}. Later parts of the API register their routes in
 * {@code apiRoutes}.
 */
public final class SandboxEngine {

    private static final Locale LITHUANIAN = Locale.forLanguageTag("lt");

    private final boolean demoAccounts;
    private final SandboxState state;
    private final WorkspaceStore workspaces;
    private final IdempotencyLedger ledger = new IdempotencyLedger();
    private final FaultPlan faults = new FaultPlan();
    private final RequestCounters counters = new RequestCounters();
    private final ExchangeRecorder recorder;
    private final Dispatcher dispatcher;

    public SandboxEngine(Clock clock, Duration accessTokenTtl, Duration refreshTokenTtl, int exchangeCapacity,
                         boolean demoAccounts, WorkspaceOptions workspaceOptions) {
        this.demoAccounts = demoAccounts;
        this.state = new SandboxState(clock, accessTokenTtl, refreshTokenTtl);
        this.workspaces = new WorkspaceStore(state, workspaceOptions);
        this.recorder = new ExchangeRecorder(exchangeCapacity);
        Router api = apiRoutes(new Router());
        Router sandbox = new Router();
        SandboxEndpoints.register(sandbox, this);
        WorkspaceHooks.register(sandbox, workspaces);
        this.dispatcher = new Dispatcher(state, api, sandbox, ledger, faults, counters, recorder);
        seed();
    }

    /** Every portal route the sandbox serves. */
    private Router apiRoutes(Router router) {
        AccountEndpoints.register(router);
        SessionEndpoints.register(router);
        WorkspaceEndpoints.register(router);
        WorkspaceRoutes.register(router, workspaces);
        return router;
    }

    public SandboxState state() {
        return state;
    }

    /** Documents, loyalty and help of every workspace. */
    public WorkspaceStore workspaces() {
        return workspaces;
    }

    public FaultPlan faults() {
        return faults;
    }

    public RequestCounters counters() {
        return counters;
    }

    public ExchangeRecorder recorder() {
        return recorder;
    }

    public Dispatcher dispatcher() {
        return dispatcher;
    }

    /** Back to the state right after start: seed data only, no faults, counts, exchanges or keys. */
    public void reset() {
        state.clear();
        workspaces.clear();
        ledger.clear();
        faults.clear();
        counters.clear();
        recorder.clear();
        seed();
    }

    /** Request counts and the refresh count back to zero. */
    public void resetCounters() {
        counters.clear();
        state.resetRefreshCount();
    }

    /**
     * The test hook behind {@code POST /_sandbox/accounts/{email}/confirm-identity}:
     * {@code 404 NOT_FOUND} for an unknown email, {@code 409 IDENTITY_MISMATCH} for another
     * person's code. Missing names default to the account's, in capitals as certificates have them.
     */
    public Account confirmIdentity(String email, String personalCode, String method, String givenName,
                                   String surname) {
        Account account = state.accountByEmail(email).orElseThrow(() ->
                new ProblemException(Problem.notFound("No account with this email")));
        String given = givenName != null ? givenName : account.firstName().toUpperCase(LITHUANIAN);
        String last = surname != null ? surname : account.lastName().toUpperCase(LITHUANIAN);
        return state.confirmIdentity(account.id(), personalCode, method, given, last);
    }

    private void seed() {
        DemoSeed.companies(state);
        if (demoAccounts) {
            DemoSeed.accounts(state);
        }
    }
}
