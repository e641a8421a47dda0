package lt.savitarna.sdk.testkit.sandbox.internal.workspace;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import lt.savitarna.sdk.testkit.sandbox.SandboxDocument;
import lt.savitarna.sdk.testkit.sandbox.internal.Access;
import lt.savitarna.sdk.testkit.sandbox.internal.FieldError;
import lt.savitarna.sdk.testkit.sandbox.internal.FieldReader;
import lt.savitarna.sdk.testkit.sandbox.internal.Idempotency;
import lt.savitarna.sdk.testkit.sandbox.internal.Json;
import lt.savitarna.sdk.testkit.sandbox.internal.Problem;
import lt.savitarna.sdk.testkit.sandbox.internal.ProblemException;
import lt.savitarna.sdk.testkit.sandbox.internal.RequestContext;
import lt.savitarna.sdk.testkit.sandbox.internal.Response;
import lt.savitarna.sdk.testkit.sandbox.internal.Router;

/**
 * The workspace test hooks, for Java ({@code SandboxWorkspace}) and over HTTP under
 * {@code /_sandbox/companies/{companyId}/parties/{partyId}/...}: add, change and delete
 * documents (each a change in the feed), expire the feed, move an order on, and answer or close a
 * help request as staff would. Java callers get {@link IllegalArgumentException} where HTTP
 * callers get {@code 404} or {@code 400}.
 */
public final class WorkspaceHooks {

    private static final String SCOPE = "/_sandbox/companies/{companyId}/parties/{partyId}";

    private WorkspaceHooks() {
    }

    /** What a document change did: the document as it is now ({@code null} after deletion) and its feed sequence. */
    public record Changed(DocumentRecord document, long sequence) {
    }

    // ---- Java ----

    public static Workspace workspace(WorkspaceStore store, String companyId, String partyId) {
        return store.scope(companyId, partyId).map(store::workspace).orElseThrow(() ->
                new Unknown("no group company " + companyId + " with a party " + partyId));
    }

    public static Changed addDocument(WorkspaceStore store, Workspace workspace, SandboxDocument document) {
        Instant now = store.now();
        synchronized (workspace) {
            String id = document.id() != null ? document.id() : Ids.random("doc_");
            if (workspace.document(id).isPresent()) {
                throw new IllegalArgumentException("the workspace has a document " + id + " already");
            }
            DocumentRecord record = record(store, workspace, id, document, now, now);
            return new Changed(record, workspace.put(record, now));
        }
    }

    public static Changed updateDocument(WorkspaceStore store, Workspace workspace, String documentId,
                                         UnaryOperator<SandboxDocument> change) {
        Instant now = store.now();
        synchronized (workspace) {
            DocumentRecord current = existing(workspace, documentId);
            SandboxDocument updated = change.apply(view(current));
            if (updated == null || (updated.id() != null && !updated.id().equals(documentId))) {
                throw new IllegalArgumentException("an update must keep the document's id");
            }
            DocumentRecord record = record(store, workspace, documentId, updated, current.createdAt(), now);
            return new Changed(record, workspace.put(record, now));
        }
    }

    public static long deleteDocument(WorkspaceStore store, Workspace workspace, String documentId) {
        long sequence = workspace.remove(documentId, store.now());
        if (sequence < 0) {
            throw new Unknown("no document " + documentId + " in " + workspace);
        }
        return sequence;
    }

    public static SandboxDocument view(DocumentRecord record) {
        return new SandboxDocument(record.id(), record.type(), record.state(), record.title(), record.number(),
                record.issueDate(), record.contractId(), record.amount() == null ? null : record.amount().amount(),
                record.amount() == null ? null : record.amount().currency(), record.fileName(), record.revision());
    }

    public static OrderRecord setOrderState(WorkspaceStore store, Workspace workspace, String orderId, String state) {
        synchronized (store.loyaltyLock()) {
            OrderRecord order = workspace.order(orderId).orElseThrow(() ->
                    new Unknown("no order " + orderId + " in " + workspace));
            OrderRecord changed = order.withState(state, store.now());
            workspace.putOrder(changed);
            return changed;
        }
    }

    /** A staff answer: the request becomes {@code ANSWERED}, or {@code CLOSED} when {@code close}. */
    public static HelpRecords.Message staffReply(WorkspaceStore store, Workspace workspace, String requestId, String text,
                                                 boolean close) {
        Instant now = store.now();
        synchronized (workspace) {
            HelpRecords.Request request = workspace.helpRequest(requestId).orElseThrow(() ->
                    new Unknown("no help request " + requestId + " in " + workspace));
            List<HelpRecords.Message> messages = new ArrayList<>(request.messages());
            HelpRecords.Message message = null;
            if (text != null && !text.isBlank()) {
                message = new HelpRecords.Message(Ids.random("msg_"), HelpRecords.STAFF, text, now);
                messages.add(message);
            }
            workspace.putHelpRequest(request.with(close ? HelpRecords.CLOSED : HelpRecords.ANSWERED, now, messages,
                    request.attachmentIds()));
            return message;
        }
    }

    private static DocumentRecord existing(Workspace workspace, String documentId) {
        return workspace.document(documentId).orElseThrow(() ->
                new Unknown("no document " + documentId + " in " + workspace));
    }

    private static DocumentRecord record(WorkspaceStore store, Workspace workspace, String id, SandboxDocument document,
                                         Instant createdAt, Instant now) {
        String contractNumber = null;
        if (document.contractId() != null) {
            DocumentRecord contract = workspace.document(document.contractId())
                    .filter(d -> Documents.CONTRACT.equals(d.type()))
                    .orElseThrow(() -> new IllegalArgumentException("no contract " + document.contractId() + " in "
                            + workspace));
            contractNumber = contract.number();
        }
        LocalDate issueDate = document.issueDate() != null ? document.issueDate()
                : LocalDate.ofInstant(now, ZoneOffset.UTC);
        String fileName = document.fileName() != null ? document.fileName()
                : (document.number() != null ? document.number().replace('/', '-') : id) + ".pdf";
        Money amount = document.amount() == null ? null
                : new Money(document.amount(), document.currency() != null ? document.currency() : "EUR");
        FileContent content = DocumentFiles.generate(new DocumentFiles.Spec(workspace.scope(), id, document.type(),
                document.title(), document.number(), issueDate, amount, contractNumber, fileName, document.revision(), 0));
        String state = document.state() != null ? document.state() : Documents.initialState(document.type());
        return new DocumentRecord(id, document.type(), state, document.title(), document.number(), issueDate,
                document.contractId(), amount, fileName, DocumentFiles.mediaType(fileName), content,
                document.revision(), createdAt, now);
    }

    // ---- HTTP ----

    public static void register(Router router, WorkspaceStore store) {
        router.add("POST", SCOPE + "/documents", Access.PUBLIC, Idempotency.NONE, c -> {
            Workspace workspace = workspace(c, store);
            SandboxDocument document = parse(c.jsonBody(), null);
            Changed added = http(() -> addDocument(store, workspace, document));
            return Response.json(201, changed(added));
        });
        router.add("PATCH", SCOPE + "/documents/{documentId}", Access.PUBLIC, Idempotency.NONE, c -> {
            Workspace workspace = workspace(c, store);
            String id = c.pathVariable("documentId");
            DocumentRecord current = workspace.document(id).orElseThrow(() -> notFound("No such document"));
            SandboxDocument updated = parse(c.jsonBody(), view(current));
            return Response.json(200, changed(http(() -> updateDocument(store, workspace, id, d -> updated))));
        });
        router.add("DELETE", SCOPE + "/documents/{documentId}", Access.PUBLIC, Idempotency.NONE, c -> {
            Workspace workspace = workspace(c, store);
            long sequence = workspace.remove(c.pathVariable("documentId"), store.now());
            if (sequence < 0) {
                throw notFound("No such document");
            }
            return Response.json(200, Json.object().add("sequence", sequence).build());
        });
        router.add("POST", SCOPE + "/documents/changes/expire", Access.PUBLIC, Idempotency.NONE, c -> {
            Workspace workspace = workspace(c, store);
            FieldReader fields = new FieldReader(c.jsonBody());
            long through = fields.integer("throughSequence").orElse(workspace.lastSequence());
            fields.throwIfInvalid();
            workspace.expireChangesThrough(through);
            return Response.json(200, Json.object().add("expiredThrough", Math.min(through, workspace.lastSequence()))
                    .add("lastSequence", workspace.lastSequence()).build());
        });
        router.add("POST", SCOPE + "/loyalty/orders/{orderId}/state", Access.PUBLIC, Idempotency.NONE, c -> {
            Workspace workspace = workspace(c, store);
            FieldReader fields = new FieldReader(c.jsonBody());
            String state = fields.requiredString("state").orElse(null);
            fields.throwIfInvalid();
            String orderId = c.pathVariable("orderId");
            OrderRecord order = http(() -> setOrderState(store, workspace, orderId, state));
            return Response.json(200, WorkspaceViews.order(order));
        });
        router.add("POST", SCOPE + "/help/requests/{requestId}/replies", Access.PUBLIC, Idempotency.NONE, c -> {
            Workspace workspace = workspace(c, store);
            FieldReader fields = new FieldReader(c.jsonBody());
            String text = fields.string("text").orElse(null);
            boolean close = fields.bool("close").orElse(false);
            fields.throwIfInvalid();
            String requestId = c.pathVariable("requestId");
            http(() -> staffReply(store, workspace, requestId, text, close));
            return Response.json(201, WorkspaceViews.helpRequest(workspace.helpRequest(requestId).orElseThrow(),
                    workspace));
        });
    }

    private static Workspace workspace(RequestContext context, WorkspaceStore store) {
        return store.scope(context.pathVariable("companyId"), context.pathVariable("partyId")).map(store::workspace)
                .orElseThrow(() -> notFound("No such group company and party"));
    }

    private static JsonObject changed(Changed changed) {
        return Json.object()
                .add("id", changed.document().id())
                .add("sequence", changed.sequence())
                .add("document", WorkspaceViews.document(changed.document()))
                .build();
    }

    /** A document from hook JSON; fields absent from it keep {@code base}'s values (none for a new one). */
    private static SandboxDocument parse(JsonObject body, SandboxDocument base) {
        FieldReader fields = new FieldReader(body);
        SandboxDocument.Builder builder = base != null ? base.toBuilder()
                : SandboxDocument.builder(fields.requiredString("type").orElse("OTHER"),
                        fields.requiredString("title").orElse("-"));
        fields.string("id").ifPresent(builder::id);
        fields.string("type").ifPresent(builder::type);
        fields.string("title").ifPresent(builder::title);
        fields.string("state").ifPresent(builder::state);
        if (body.containsKey("number")) {
            builder.number(fields.string("number").orElse(null));
        }
        if (body.containsKey("contractId")) {
            builder.contractId(fields.string("contractId").orElse(null));
        }
        fields.string("fileName").ifPresent(builder::fileName);
        fields.integer("revision").ifPresent(r -> builder.revision(Math.toIntExact(r)));
        fields.string("issueDate").ifPresent(text -> {
            try {
                builder.issueDate(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                fields.error("issueDate", "INVALID_DATE", "must be a date such as 2026-11-24");
            }
        });
        if (body.containsKey("amount")) {
            if (body.get("amount").getValueType() == JsonValue.ValueType.NULL) {
                builder.amount(null, null);
            } else {
                FieldReader money = fields.nested("amount");
                String amount = money.requiredString("amount").orElse(null);
                String currency = money.string("currency").orElse("EUR");
                try {
                    builder.amount(amount == null ? null : new BigDecimal(amount), currency);
                } catch (NumberFormatException e) {
                    money.error("amount", "INVALID_DECIMAL", "must be a decimal such as 12.50");
                }
            }
        }
        fields.throwIfInvalid();
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new ProblemException(Problem.validation(List.of(new FieldError("body", "INVALID_VALUE",
                    String.valueOf(e.getMessage())))));
        }
    }

    private static <T> T http(Supplier<T> hook) {
        try {
            return hook.get();
        } catch (Unknown e) {
            throw notFound(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new ProblemException(Problem.validation(List.of(new FieldError("body", "INVALID_VALUE",
                    String.valueOf(e.getMessage())))));
        }
    }

    private static ProblemException notFound(String detail) {
        return new ProblemException(Problem.notFound(detail));
    }

    /** An id or scope that does not exist: {@code 404} over HTTP. */
    static final class Unknown extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        Unknown(String message) {
            super(message);
        }
    }
}
