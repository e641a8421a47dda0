package lt.savitarna.sdk.testkit.sandbox.internal.workspace;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import lt.savitarna.sdk.testkit.sandbox.internal.Access;
import lt.savitarna.sdk.testkit.sandbox.internal.FieldError;
import lt.savitarna.sdk.testkit.sandbox.internal.Idempotency;
import lt.savitarna.sdk.testkit.sandbox.internal.Json;
import lt.savitarna.sdk.testkit.sandbox.internal.Paging;
import lt.savitarna.sdk.testkit.sandbox.internal.Problem;
import lt.savitarna.sdk.testkit.sandbox.internal.ProblemException;
import lt.savitarna.sdk.testkit.sandbox.internal.RequestContext;
import lt.savitarna.sdk.testkit.sandbox.internal.Response;
import lt.savitarna.sdk.testkit.sandbox.internal.Router;

/** Listing, reading and downloading documents, a contract's annexes, and the change feed. */
public final class DocumentEndpoints {

    public static final String DOCUMENTS = WorkspaceRoutes.SCOPE + "/documents";
    private static final String FEED_CURSOR_PREFIX = "f_";

    private DocumentEndpoints() {
    }

    public static void register(Router router, WorkspaceStore store) {
        // The feed first: "changes" would otherwise be taken for a document id.
        router.add("GET", DOCUMENTS + "/changes", Access.SCOPED, Idempotency.NONE, c -> changes(c, store));
        router.add("GET", DOCUMENTS, Access.SCOPED, Idempotency.NONE, c -> list(c, store));
        router.add("GET", DOCUMENTS + "/{documentId}", Access.SCOPED, Idempotency.NONE,
                c -> Response.json(200, WorkspaceViews.document(document(c, store))));
        router.add("GET", DOCUMENTS + "/{documentId}/content", Access.SCOPED, Idempotency.NONE,
                c -> ContentDownload.serve(c, document(c, store)));
        router.add("GET", DOCUMENTS + "/{documentId}/annexes", Access.SCOPED, Idempotency.NONE,
                c -> annexes(c, store));
    }

    /** The document named by the path in the caller's workspace; {@code 404} for any other. */
    static DocumentRecord document(RequestContext context, WorkspaceStore store) {
        return WorkspaceRoutes.workspace(context, store).document(context.pathVariable("documentId"))
                .orElseThrow(() -> new ProblemException(Problem.notFound("No such document in this workspace")));
    }

    static Response list(RequestContext context, WorkspaceStore store) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> types = QueryFilters.tokens(context, "type", errors);
        Set<String> states = QueryFilters.tokens(context, "state", errors);
        LocalDate from = QueryFilters.date(context, "from", errors);
        LocalDate to = QueryFilters.date(context, "to", errors);
        String contractId = context.queryParameter("contractId").orElse(null);
        if (contractId != null && (contractId.isEmpty() || contractId.length() > 200)) {
            errors.add(new FieldError("contractId", "INVALID_VALUE", "must be 1..200 characters"));
        }
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(new FieldError("to", "BEFORE_FROM", "must not be before from"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.validation(errors));
        }
        List<DocumentRecord> matching = WorkspaceRoutes.workspace(context, store).documents().stream()
                .filter(d -> types.isEmpty() || types.contains(d.type()))
                .filter(d -> states.isEmpty() || states.contains(d.state()))
                .filter(d -> from == null || !d.issueDate().isBefore(from))
                .filter(d -> to == null || !d.issueDate().isAfter(to))
                .filter(d -> contractId == null || contractId.equals(d.contractId()))
                .toList();
        Paging.Page<DocumentRecord> page = Paging.page(matching, context, DocumentRecord::id);
        return Response.json(200, WorkspaceViews.page(page.items(), page.nextCursor(), WorkspaceViews::document));
    }

    static Response annexes(RequestContext context, WorkspaceStore store) {
        DocumentRecord contract = document(context, store);
        List<DocumentRecord> annexes = new ArrayList<>(WorkspaceRoutes.workspace(context, store).documents().stream()
                .filter(d -> Documents.CONTRACT.equals(contract.type()) && contract.id().equals(d.contractId()))
                .toList());
        Collections.reverse(annexes);
        Paging.Page<DocumentRecord> page = Paging.page(annexes, context, DocumentRecord::id);
        return Response.json(200, WorkspaceViews.page(page.items(), page.nextCursor(), WorkspaceViews::document));
    }

    static Response changes(RequestContext context, WorkspaceStore store) {
        String cursor = context.queryParameter("cursor").filter(c -> !c.isEmpty()).orElse(null);
        Long after = cursor == null ? null : decodeFeedCursor(cursor);
        int limit = Paging.limit(context, cursor != null && after == null);
        Workspace.ChangeRead read = WorkspaceRoutes.workspace(context, store).changesAfter(after, limit)
                .orElseThrow(() -> new ProblemException(Problem.of(410, "CURSOR_EXPIRED",
                        "This feed position is no longer kept; list the documents again and start a new feed")));
        var items = Json.array();
        read.items().forEach(change -> items.add(WorkspaceViews.change(change)));
        return Response.json(200, Json.object()
                .add("items", items)
                .add("nextCursor", encodeFeedCursor(read.resumeAfter()))
                .add("hasMore", read.hasMore())
                .build());
    }

    /** A feed cursor is the last sequence applied, so it stays valid across sessions and restarts of the client. */
    static String encodeFeedCursor(long sequence) {
        return FEED_CURSOR_PREFIX + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(Long.toString(sequence).getBytes(StandardCharsets.US_ASCII));
    }

    /** The sequence a feed cursor holds, or {@code null} if it is not one. */
    static Long decodeFeedCursor(String cursor) {
        if (cursor.startsWith(FEED_CURSOR_PREFIX)) {
            try {
                String text = new String(Base64.getUrlDecoder().decode(cursor.substring(FEED_CURSOR_PREFIX.length())),
                        StandardCharsets.US_ASCII);
                long sequence = Long.parseLong(text);
                if (sequence >= 0) {
                    return sequence;
                }
            } catch (IllegalArgumentException e) {
                // not a cursor of this feed
            }
        }
        return null;
    }
}
