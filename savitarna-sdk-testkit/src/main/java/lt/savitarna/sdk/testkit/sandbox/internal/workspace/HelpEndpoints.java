package lt.savitarna.sdk.testkit.sandbox.internal.workspace;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import lt.savitarna.sdk.testkit.sandbox.internal.Access;
import lt.savitarna.sdk.testkit.sandbox.internal.FieldError;
import lt.savitarna.sdk.testkit.sandbox.internal.FieldReader;
import lt.savitarna.sdk.testkit.sandbox.internal.Idempotency;
import lt.savitarna.sdk.testkit.sandbox.internal.MultipartForm;
import lt.savitarna.sdk.testkit.sandbox.internal.Paging;
import lt.savitarna.sdk.testkit.sandbox.internal.Problem;
import lt.savitarna.sdk.testkit.sandbox.internal.ProblemException;
import lt.savitarna.sdk.testkit.sandbox.internal.Representation;
import lt.savitarna.sdk.testkit.sandbox.internal.RequestContext;
import lt.savitarna.sdk.testkit.sandbox.internal.Response;
import lt.savitarna.sdk.testkit.sandbox.internal.Router;

/**
 * Help ("Pagalba"): questions with a topic, the conversation that follows, and uploads of
 * missing documents, on their own or attached to a question. Uploads are
 * {@code multipart/form-data}; the dispatcher has already measured and hashed the file while it
 * arrived, so only its size, digest, name and type are checked and kept.
 */
public final class HelpEndpoints {

    /** 25 MiB. */
    public static final long MAX_UPLOAD_BYTES = 25L * 1024 * 1024;
    static final String HELP = WorkspaceRoutes.SCOPE + "/help";
    private static final int TOPIC_MAX = 200;
    private static final int TEXT_MAX = 5000;
    private static final int DESCRIPTION_MAX = 1000;
    private static final Map<String, String> TYPES_BY_EXTENSION = Map.of(
            "pdf", "application/pdf",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg",
            "png", "image/png",
            "heic", "image/heic",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final Set<String> ALLOWED_TYPES = Set.copyOf(TYPES_BY_EXTENSION.values());

    private HelpEndpoints() {
    }

    public static void register(Router router, WorkspaceStore store) {
        router.add("POST", HELP + "/requests", Access.SCOPED, Idempotency.REQUIRED, c -> ask(c, store));
        router.add("GET", HELP + "/requests", Access.SCOPED, Idempotency.NONE, c -> requests(c, store));
        router.add("GET", HELP + "/requests/{requestId}", Access.SCOPED, Idempotency.NONE, c -> {
            Workspace workspace = WorkspaceRoutes.workspace(c, store);
            return Response.json(200, WorkspaceViews.helpRequest(request(c, workspace), workspace));
        });
        router.add("POST", HELP + "/requests/{requestId}/messages", Access.SCOPED, Idempotency.REQUIRED,
                c -> reply(c, store));
        router.add("POST", HELP + "/requests/{requestId}/attachments", Access.SCOPED, Idempotency.REQUIRED,
                c -> attach(c, store));
        router.add("POST", HELP + "/uploads", Access.SCOPED, Idempotency.REQUIRED, c -> upload(c, store));
        router.add("GET", HELP + "/uploads", Access.SCOPED, Idempotency.NONE, c -> uploads(c, store));
    }

    static Response ask(RequestContext context, WorkspaceStore store) {
        FieldReader fields = new FieldReader(context.jsonBody());
        String topic = text(fields, "topic", TOPIC_MAX);
        String question = text(fields, "question", TEXT_MAX);
        fields.throwIfInvalid();
        Representation scope = context.scope();
        Instant now = store.now();
        HelpRecords.Request request = new HelpRecords.Request(Ids.random("hr_"), topic, question, HelpRecords.OPEN,
                now, now, List.of(), List.of(), context.request().header("idempotency-key").orElse(null));
        Workspace workspace = WorkspaceRoutes.workspace(context, store);
        workspace.putHelpRequest(request);
        return Response.json(201, WorkspaceViews.helpRequest(request, workspace)).withHeader("Location",
                "/api/v1/companies/" + scope.company().id() + "/parties/" + scope.party().id() + "/help/requests/"
                        + request.id());
    }

    static Response requests(RequestContext context, WorkspaceStore store) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> states = QueryFilters.tokens(context, "state", errors);
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.validation(errors));
        }
        Workspace workspace = WorkspaceRoutes.workspace(context, store);
        List<HelpRecords.Request> matching = workspace.helpRequests().stream()
                .filter(r -> states.isEmpty() || states.contains(r.state())).toList();
        Paging.Page<HelpRecords.Request> page = Paging.page(matching, context, HelpRecords.Request::id);
        return Response.json(200, WorkspaceViews.page(page.items(), page.nextCursor(),
                r -> WorkspaceViews.helpRequest(r, workspace)));
    }

    static Response reply(RequestContext context, WorkspaceStore store) {
        Workspace workspace = WorkspaceRoutes.workspace(context, store);
        request(context, workspace);
        FieldReader fields = new FieldReader(context.jsonBody());
        String text = text(fields, "text", TEXT_MAX);
        fields.throwIfInvalid();
        Instant now = store.now();
        HelpRecords.Message message = new HelpRecords.Message(Ids.random("msg_"), HelpRecords.CUSTOMER, text, now);
        synchronized (workspace) {
            HelpRecords.Request request = openRequest(context, workspace);
            List<HelpRecords.Message> messages = new ArrayList<>(request.messages());
            messages.add(message);
            // A customer's follow-up reopens an answered question.
            workspace.putHelpRequest(request.with(HelpRecords.OPEN, now, messages, request.attachmentIds()));
        }
        return Response.json(201, WorkspaceViews.message(message));
    }

    static Response attach(RequestContext context, WorkspaceStore store) {
        Workspace workspace = WorkspaceRoutes.workspace(context, store);
        openRequest(context, workspace);
        Received file = received(context);
        HelpRecords.Upload upload;
        synchronized (workspace) {
            HelpRecords.Request request = openRequest(context, workspace);
            upload = file.toUpload(request.id(), context, store.now());
            workspace.putUpload(upload);
            List<String> attachments = new ArrayList<>(request.attachmentIds());
            attachments.add(upload.id());
            workspace.putHelpRequest(request.with(request.state(), store.now(), request.messages(), attachments));
        }
        return Response.json(201, WorkspaceViews.upload(upload));
    }

    static Response upload(RequestContext context, WorkspaceStore store) {
        Received file = received(context);
        HelpRecords.Upload upload = file.toUpload(null, context, store.now());
        WorkspaceRoutes.workspace(context, store).putUpload(upload);
        return Response.json(201, WorkspaceViews.upload(upload));
    }

    static Response uploads(RequestContext context, WorkspaceStore store) {
        List<HelpRecords.Upload> all = WorkspaceRoutes.workspace(context, store).uploads();
        Paging.Page<HelpRecords.Upload> page = Paging.page(all, context, HelpRecords.Upload::id);
        return Response.json(200, WorkspaceViews.page(page.items(), page.nextCursor(), WorkspaceViews::upload));
    }

    private static HelpRecords.Request request(RequestContext context, Workspace workspace) {
        return workspace.helpRequest(context.pathVariable("requestId"))
                .orElseThrow(() -> new ProblemException(Problem.notFound("No such help request in this workspace")));
    }

    private static HelpRecords.Request openRequest(RequestContext context, Workspace workspace) {
        HelpRecords.Request request = request(context, workspace);
        if (HelpRecords.CLOSED.equals(request.state())) {
            throw new ProblemException(Problem.of(409, "REQUEST_CLOSED",
                    "The help request is closed; ask a new question instead"));
        }
        return request;
    }

    /** A required text: not blank, at most {@code max} characters. */
    private static String text(FieldReader fields, String name, int max) {
        String value = fields.requiredString(name).orElse(null);
        if (value == null) {
            return null;
        }
        if (value.isBlank()) {
            fields.error(name, "REQUIRED", "must not be blank");
            return null;
        }
        if (value.length() > max) {
            fields.error(name, "TOO_LONG", "must be at most " + max + " characters");
            return null;
        }
        return value;
    }

    /** A validated upload: what the multipart body said and measured. */
    private record Received(String fileName, String mediaType, long size, String sha256, String description) {

        HelpRecords.Upload toUpload(String requestId, RequestContext context, Instant now) {
            return new HelpRecords.Upload(Ids.random("upl_"), fileName, mediaType, size, sha256, description,
                    requestId, HelpRecords.RECEIVED, context.request().header("idempotency-key").orElse(null), now);
        }
    }

    /**
     * Checks an upload in the order a client can fix it: the form ({@code 400}), the file's type
     * ({@code 415}), its size ({@code 413}). A part without a usable type ({@code
     * application/octet-stream} or none) is typed by its file name's extension.
     */
    private static Received received(RequestContext context) {
        MultipartForm form = context.request().multipart().orElseThrow(() -> invalid("body", "MULTIPART_REQUIRED",
                "must be multipart/form-data with a file part"));
        if (form.isMalformed()) {
            throw invalid("body", "MALFORMED_MULTIPART", form.malformed());
        }
        MultipartForm.Part file = form.part("file").orElseThrow(() -> invalid("file", "REQUIRED", "is required"));
        if (file.fileName() == null || file.fileName().isBlank()) {
            throw invalid("file", "FILE_NAME_REQUIRED", "the part needs a file name (Content-Disposition filename)");
        }
        String description = null;
        var descriptionPart = form.part("description");
        if (descriptionPart.isPresent()) {
            description = descriptionPart.get().text().orElse(null);
            if (description == null || description.length() > DESCRIPTION_MAX) {
                throw invalid("description", "TOO_LONG", "must be at most " + DESCRIPTION_MAX + " characters");
            }
        }
        String mediaType = file.mediaType();
        if (mediaType == null || mediaType.isEmpty() || mediaType.equals("application/octet-stream")) {
            String name = file.fileName().toLowerCase(Locale.ROOT);
            int dot = name.lastIndexOf('.');
            mediaType = dot < 0 ? "application/octet-stream"
                    : TYPES_BY_EXTENSION.getOrDefault(name.substring(dot + 1), "application/octet-stream");
        }
        if (!ALLOWED_TYPES.contains(mediaType)) {
            throw new ProblemException(Problem.of(415, "UNSUPPORTED_MEDIA_TYPE",
                    "Files of type " + mediaType + " are not accepted; send PDF, JPEG, PNG, HEIC, DOCX or XLSX"));
        }
        if (file.size() > MAX_UPLOAD_BYTES) {
            throw new ProblemException(Problem.of(413, "FILE_TOO_LARGE",
                    "The file has " + file.size() + " bytes; at most 25 MiB (" + MAX_UPLOAD_BYTES + " bytes) are accepted"));
        }
        if (file.size() == 0) {
            throw invalid("file", "EMPTY", "must not be empty");
        }
        return new Received(file.fileName(), mediaType, file.size(), file.sha256(),
                description == null || description.isBlank() ? null : description);
    }

    private static ProblemException invalid(String field, String code, String message) {
        return new ProblemException(Problem.validation(List.of(new FieldError(field, code, message))));
    }
}
