package lt.savitarna.sdk.internal.document;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import lt.savitarna.sdk.document.SignedDocument;
import lt.savitarna.sdk.signature.SignatureProvider;
import lt.savitarna.sdk.signature.SignerIdentity;
import lt.savitarna.sdk.signature.SigningListener;
import lt.savitarna.sdk.PagedIterable;
import lt.savitarna.sdk.document.Document;
import lt.savitarna.sdk.document.DocumentChangePage;
import lt.savitarna.sdk.document.DocumentQuery;
import lt.savitarna.sdk.document.DocumentState;
import lt.savitarna.sdk.document.DocumentType;
import lt.savitarna.sdk.document.Documents;
import lt.savitarna.sdk.document.DownloadOptions;
import lt.savitarna.sdk.document.DownloadResult;
import lt.savitarna.sdk.internal.http.ResponseReader;
import lt.savitarna.sdk.internal.workspace.ScopedCalls;
import lt.savitarna.sdk.internal.workspace.WorkspacePolicies;

/** {@link Documents} over the portal's document endpoints of one workspace. */
public final class DefaultDocuments implements Documents {

    private final ScopedCalls calls;
    private final Downloader downloader;
    private final DocumentSigner signer;

    /** The documents of the workspace {@code calls} is scoped to. */
    public DefaultDocuments(ScopedCalls calls) {
        this.calls = Objects.requireNonNull(calls, "calls");
        this.downloader = new Downloader(calls, this::get);
        this.signer = new DocumentSigner(calls);
    }

    @Override
    public PagedIterable<Document> list() {
        return list(DocumentQuery.all());
    }

    @Override
    public PagedIterable<Document> list(DocumentQuery query) {
        Objects.requireNonNull(query, "query");
        return calls.paged("/documents", query.pageSize(), b -> b
                .queryAll("type", query.types().stream().map(DocumentType::value).toList())
                .queryAll("state", query.states().stream().map(DocumentState::value).toList())
                .query("from", query.from().orElse(null))
                .query("to", query.to().orElse(null))
                .query("contractId", query.contractId().orElse(null)), DocumentMapping::document);
    }

    @Override
    public Document get(String documentId) {
        return calls.send(calls.operation("GET", "/documents/" + ScopedCalls.id(documentId, "documentId"))
                .build(ResponseReader.json(DocumentMapping::document)));
    }

    @Override
    public PagedIterable<Document> annexes(String contractId) {
        String path = "/documents/" + ScopedCalls.id(contractId, "contractId") + "/annexes";
        return calls.paged(path, WorkspacePolicies.PAGE_DEFAULT, b -> b, DocumentMapping::document);
    }

    @Override
    public DownloadResult download(String documentId, Path target) {
        return download(documentId, target, DownloadOptions.defaults());
    }

    @Override
    public DownloadResult download(String documentId, Path target, DownloadOptions options) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(options, "options");
        return downloader.toFile(documentId, target, options);
    }

    @Override
    public long download(String documentId, OutputStream out) {
        return download(documentId, out, DownloadOptions.defaults());
    }

    @Override
    public long download(String documentId, OutputStream out, DownloadOptions options) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(options, "options");
        return downloader.toStream(documentId, out, options);
    }

    @Override
    public InputStream open(String documentId) {
        return downloader.open(documentId);
    }

    @Override
    public DocumentChangePage changes(String cursor) {
        return changes(cursor, WorkspacePolicies.PAGE_DEFAULT);
    }

    @Override
    public DocumentChangePage changes(String cursor, int limit) {
        if (cursor != null && cursor.isEmpty()) {
            throw new IllegalArgumentException("cursor must not be empty; pass null for the start of the feed");
        }
        return calls.send(calls.operation("GET", "/documents/changes")
                .query("limit", ScopedCalls.pageSize(limit))
                .query("cursor", cursor)
                .build(ResponseReader.json(DocumentMapping::changePage)));
    }

    @Override
    public SignedDocument sign(String documentId, SignatureProvider provider, SignerIdentity signer,
                               SigningListener listener) {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(signer, "signer");
        return this.signer.sign(documentId, provider, signer, listener == null ? SigningListener.none() : listener);
    }

    @Override
    public CompletableFuture<SignedDocument> signAsync(String documentId, SignatureProvider provider,
                                                       SignerIdentity signer, SigningListener listener) {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(signer, "signer");
        return this.signer.signAsync(documentId, provider, signer,
                listener == null ? SigningListener.none() : listener);
    }

    @Override
    public long downloadSignedContainer(String documentId, Path target) {
        Objects.requireNonNull(target, "target");
        return signer.downloadContainer(documentId, target);
    }

    @Override
    public long downloadSignedContainer(String documentId, OutputStream out) {
        Objects.requireNonNull(out, "out");
        return signer.downloadContainer(documentId, out);
    }

    @Override
    public String toString() {
        return "Documents";
    }
}
