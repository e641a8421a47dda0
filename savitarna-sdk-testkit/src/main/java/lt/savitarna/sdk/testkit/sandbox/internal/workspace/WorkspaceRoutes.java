package lt.savitarna.sdk.testkit.sandbox.internal.workspace;

import lt.savitarna.sdk.testkit.sandbox.DemoData;
import lt.savitarna.sdk.testkit.sandbox.internal.Access;
import lt.savitarna.sdk.testkit.sandbox.internal.Idempotency;
import lt.savitarna.sdk.testkit.sandbox.internal.Json;
import lt.savitarna.sdk.testkit.sandbox.internal.RequestContext;
import lt.savitarna.sdk.testkit.sandbox.internal.Response;
import lt.savitarna.sdk.testkit.sandbox.internal.Router;

/**
 * Registers every workspace route. All of them are {@link Access#SCOPED}: before a handler runs
 * the dispatcher has answered {@code 401} without a valid token, {@code 403
 * IDENTITY_NOT_CONFIRMED} before identity confirmation and {@code 404 NOT_FOUND} for a
 * (company, party) pair the caller does not represent; handlers look ids up only inside their
 * workspace, so an id of another workspace is {@code 404} as well.
 */
public final class WorkspaceRoutes {

    /** The prefix of every workspace path. */
    public static final String SCOPE = "/api/v1/companies/{companyId}/parties/{partyId}";

    private WorkspaceRoutes() {
    }

    public static void register(Router router, WorkspaceStore store) {
        DocumentEndpoints.register(router, store);
        SigningEndpoints.register(router, store);
        EsignEndpoints.register(router, store);
        LoyaltyEndpoints.register(router, store);
        HelpEndpoints.register(router, store);
        router.add("GET", "/api/v1/help/contacts", Access.BEARER, Idempotency.NONE, WorkspaceRoutes::contacts);
    }

    /** The caller's workspace named by the path (seeded on first use). */
    static Workspace workspace(RequestContext context, WorkspaceStore store) {
        return store.workspace(context.scope());
    }

    static Response contacts(RequestContext context) {
        return Response.json(200, Json.object()
                .add("url", DemoData.CONTACTS_URL)
                .add("entries", Json.array()
                        .add(Json.object().add("kind", "PHONE").add("label", "Centrinė būstinė")
                                .add("value", "+37050000000"))
                        .add(Json.object().add("kind", "EMAIL").add("label", "Klientų savitarna")
                                .add("value", "savitarna@example.lt")))
                .build());
    }
}
