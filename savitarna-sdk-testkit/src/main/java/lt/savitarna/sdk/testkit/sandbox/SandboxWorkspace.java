package lt.savitarna.sdk.testkit.sandbox;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import lt.savitarna.sdk.testkit.sandbox.internal.workspace.DocumentRecord;
import lt.savitarna.sdk.testkit.sandbox.internal.workspace.Workspace;
import lt.savitarna.sdk.testkit.sandbox.internal.workspace.WorkspaceHooks;
import lt.savitarna.sdk.testkit.sandbox.internal.workspace.WorkspaceStore;

/**
 * Test hooks for one workspace (group company × represented party), from
 * {@link SandboxServer#workspace(String, String)}: change its documents behind the client's back
 * (every change appears in the change feed, as the portal's own back office would cause), expire
 * the feed, move an order on, and answer a help request as staff. The workspace is seeded on first
 * use, whoever uses it first. Thread-safe.
 *
 * <!-- sample: SandboxTestHooksExampleTest#staff-actions -->
 * <pre>{@code
 * SandboxWorkspace farm = sandbox.workspace(DemoData.MAIN_COMPANY_ID, DemoData.MAIN_PARTY_ID);
 * farm.setOrderState(DemoData.PLACED_ORDER_ID, "CONFIRMED"); // as the portal's staff would
 * farm.deleteDocument(DemoData.LATEST_INVOICE_ID);
 *
 * assertEquals(OrderState.CONFIRMED, workspace.loyalty().getOrder(DemoData.PLACED_ORDER_ID).state());
 * assertThrows(NotFoundException.class, () -> workspace.documents().get(DemoData.LATEST_INVOICE_ID));
 * }</pre>
 *
 * <p>Methods throw {@link IllegalArgumentException} for an unknown id; the same hooks over HTTP
 * are listed on {@link SandboxServer}. After {@link SandboxServer#reset()} ask for a new handle:
 * this one keeps pointing at the workspace as it was before.
 */
public final class SandboxWorkspace {

    private final WorkspaceStore store;
    private final Workspace workspace;

    SandboxWorkspace(WorkspaceStore store, Workspace workspace) {
        this.store = store;
        this.workspace = workspace;
    }

    public String companyId() {
        return workspace.scope().company().id();
    }

    public String partyId() {
        return workspace.scope().party().id();
    }

    /** Adds a document (a {@code CREATED} change); returns its id. */
    public String addDocument(SandboxDocument document) {
        Objects.requireNonNull(document, "document");
        return WorkspaceHooks.addDocument(store, workspace, document).document().id();
    }

    /**
     * Changes a document (an {@code UPDATED} change): {@code change} gets the document as it is and
     * returns it as it should be, with the same id.
     */
    public void updateDocument(String documentId, UnaryOperator<SandboxDocument> change) {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(change, "change");
        WorkspaceHooks.updateDocument(store, workspace, documentId, change);
    }

    /** Removes a document (a {@code DELETED} change). */
    public void deleteDocument(String documentId) {
        WorkspaceHooks.deleteDocument(store, workspace, Objects.requireNonNull(documentId, "documentId"));
    }

    /** The document as it is now, if it exists. */
    public Optional<SandboxDocument> document(String documentId) {
        return workspace.document(Objects.requireNonNull(documentId, "documentId")).map(WorkspaceHooks::view);
    }

    /** The ids of all documents, in the order the API lists them (newest first). */
    public List<String> documentIds() {
        return workspace.documents().stream().map(DocumentRecord::id).toList();
    }

    /** The lower-case hex SHA-256 of a document's file, as {@code file.sha256} shows it. */
    public String sha256(String documentId) {
        return workspace.document(Objects.requireNonNull(documentId, "documentId"))
                .map(d -> d.content().digests().sha256Hex())
                .orElseThrow(() -> new IllegalArgumentException("no document " + documentId));
    }

    /** The sequence of the latest change in the feed (0 when there was none). */
    public long lastChangeSequence() {
        return workspace.lastSequence();
    }

    /**
     * Forgets the feed's changes up to {@code sequence}, as the portal's retention would: a cursor
     * older than that answers {@code 410 CURSOR_EXPIRED}.
     */
    public void expireChangesThrough(long sequence) {
        workspace.expireChangesThrough(sequence);
    }

    /** Moves an order on, e.g. to {@code CONFIRMED} (no longer cancellable) or {@code FULFILLED}. */
    public void setOrderState(String orderId, String state) {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(state, "state");
        WorkspaceHooks.setOrderState(store, workspace, orderId, state);
    }

    /** Answers a help request as staff: adds a {@code STAFF} message, the request becomes {@code ANSWERED}. */
    public void replyToHelpRequest(String requestId, String text) {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(text, "text");
        WorkspaceHooks.staffReply(store, workspace, requestId, text, false);
    }

    /** Closes a help request: replies and attachments then answer {@code 409 REQUEST_CLOSED}. */
    public void closeHelpRequest(String requestId) {
        WorkspaceHooks.staffReply(store, workspace, Objects.requireNonNull(requestId, "requestId"), null, true);
    }

    @Override
    public String toString() {
        return "SandboxWorkspace[" + companyId() + "/" + partyId() + "]";
    }
}
