package lt.savitarna.sdk.internal.help;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import lt.savitarna.sdk.PagedIterable;
import lt.savitarna.sdk.document.FileNames;
import lt.savitarna.sdk.error.ErrorCodes;
import lt.savitarna.sdk.error.LocalFileException;
import lt.savitarna.sdk.help.Contacts;
import lt.savitarna.sdk.help.Help;
import lt.savitarna.sdk.help.HelpMessage;
import lt.savitarna.sdk.help.HelpQuestion;
import lt.savitarna.sdk.help.HelpRequest;
import lt.savitarna.sdk.help.HelpRequestState;
import lt.savitarna.sdk.help.Upload;
import lt.savitarna.sdk.help.UploadedFile;
import lt.savitarna.sdk.internal.http.BodySource;
import lt.savitarna.sdk.internal.http.Operation;
import lt.savitarna.sdk.internal.http.ResponseReader;
import lt.savitarna.sdk.internal.workspace.FieldChecks;
import lt.savitarna.sdk.internal.workspace.ScopedCalls;
import lt.savitarna.sdk.internal.workspace.WorkspacePolicies;

/** {@link Help} over the portal's help endpoints of one workspace. */
public final class DefaultHelp implements Help {

    private final ScopedCalls calls;

    /** The help of the workspace {@code calls} is scoped to. */
    public DefaultHelp(ScopedCalls calls) {
        this.calls = Objects.requireNonNull(calls, "calls");
    }

    @Override
    public HelpRequest ask(HelpQuestion question) {
        Objects.requireNonNull(question, "question");
        new FieldChecks(calls.locale())
                .text("topic", question.topic(), WorkspacePolicies.TOPIC_MAX)
                .text("question", question.question(), WorkspacePolicies.TEXT_MAX)
                .throwIfAny();
        byte[] body = calls.json().write(calls.json().objectBuilder()
                .add("topic", question.topic().strip())
                .add("question", question.question().strip())
                .build());
        return calls.send(calls.operation("POST", "/help/requests")
                .body(BodySource.json(body))
                .idempotent()
                .build(ResponseReader.json(HelpMapping::request)));
    }

    @Override
    public PagedIterable<HelpRequest> requests() {
        return requests(new HelpRequestState[0]);
    }

    @Override
    public PagedIterable<HelpRequest> requests(HelpRequestState... states) {
        var values = Arrays.stream(states).map(s -> Objects.requireNonNull(s, "state").value()).distinct().toList();
        if (values.size() > WorkspacePolicies.FILTER_VALUES_MAX) {
            throw new IllegalArgumentException("at most " + WorkspacePolicies.FILTER_VALUES_MAX + " states");
        }
        return calls.paged("/help/requests", WorkspacePolicies.PAGE_DEFAULT, b -> b.queryAll("state", values),
                HelpMapping::request);
    }

    @Override
    public HelpRequest request(String requestId) {
        return calls.send(calls.operation("GET", "/help/requests/" + ScopedCalls.id(requestId, "requestId"))
                .build(ResponseReader.json(HelpMapping::request)));
    }

    @Override
    public HelpMessage reply(String requestId, String text) {
        String path = "/help/requests/" + ScopedCalls.id(requestId, "requestId") + "/messages";
        new FieldChecks(calls.locale()).text("text", text, WorkspacePolicies.TEXT_MAX).throwIfAny();
        byte[] body = calls.json().write(calls.json().objectBuilder().add("text", text.strip()).build());
        return calls.send(calls.operation("POST", path)
                .body(BodySource.json(body))
                .idempotent()
                .build(ResponseReader.json(HelpMapping::message)));
    }

    @Override
    public UploadedFile upload(Upload upload) {
        return send("/help/uploads", upload);
    }

    @Override
    public UploadedFile attach(String requestId, Upload upload) {
        return send("/help/requests/" + ScopedCalls.id(requestId, "requestId") + "/attachments", upload);
    }

    @Override
    public PagedIterable<UploadedFile> uploads() {
        return calls.paged("/help/uploads", WorkspacePolicies.PAGE_DEFAULT, b -> b, HelpMapping::upload);
    }

    @Override
    public Contacts contacts() {
        return calls.sendUnscoped(Operation.builder("GET", "/help/contacts")
                .build(ResponseReader.json(HelpMapping::contacts)));
    }

    private UploadedFile send(String path, Upload upload) {
        Objects.requireNonNull(upload, "upload");
        Path file = upload.file();
        long size;
        try {
            if (!Files.isRegularFile(file)) {
                throw new NoSuchFileException(file.toString(), null, "not a regular file");
            }
            size = Files.size(file);
        } catch (IOException e) {
            throw new LocalFileException(file, calls.locale(), e);
        }
        FieldChecks checks = new FieldChecks(calls.locale());
        String mediaType = upload.mediaType().orElse(null);
        if (mediaType == null || !WorkspacePolicies.UPLOAD_MEDIA_TYPES.contains(mediaType)) {
            checks.add("file", ErrorCodes.UNSUPPORTED_MEDIA_TYPE);
        }
        if (size > WorkspacePolicies.UPLOAD_MAX_BYTES) {
            checks.add("file", ErrorCodes.FILE_TOO_LARGE);
        }
        checks.optionalText("description", upload.description(), WorkspacePolicies.DESCRIPTION_MAX);
        checks.throwIfAny();
        calls.requireConfirmedIdentity();
        MultipartBody body = MultipartBody.of(file, FileNames.sanitize(upload.fileName()), mediaType,
                upload.description(), size);
        return calls.send(calls.operation("POST", path)
                .body(body.source(upload.progress(), calls.locale()))
                .idempotent()
                .build(ResponseReader.json(HelpMapping::upload)));
    }

    @Override
    public String toString() {
        return "Help";
    }
}
