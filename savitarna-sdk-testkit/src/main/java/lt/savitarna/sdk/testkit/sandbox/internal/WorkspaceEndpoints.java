package lt.savitarna.sdk.testkit.sandbox.internal;

import jakarta.json.JsonArrayBuilder;

/** The group companies and the caller's representations (the workspaces they may act in). */
public final class WorkspaceEndpoints {

    private WorkspaceEndpoints() {
    }

    public static void register(Router router) {
        router.add("GET", "/api/v1/companies", Access.BEARER, Idempotency.NONE, WorkspaceEndpoints::companies);
        router.add("GET", "/api/v1/me/representations", Access.BEARER, Idempotency.NONE,
                WorkspaceEndpoints::representations);
    }

    static Response companies(RequestContext context) {
        JsonArrayBuilder items = Json.array();
        context.state().companies().forEach(company -> items.add(Views.company(company)));
        return Response.json(200, Json.object().add("items", items).build());
    }

    static Response representations(RequestContext context) {
        Account account = context.confirmedAccount();
        Paging.Page<Representation> page = Paging.page(context.state().representations(account.id()), context);
        JsonArrayBuilder items = Json.array();
        page.items().forEach(representation -> items.add(Views.representation(representation)));
        return Response.json(200, Json.object()
                .add("items", items)
                .add("nextCursor", Json.stringOrNull(page.nextCursor()))
                .build());
    }
}
