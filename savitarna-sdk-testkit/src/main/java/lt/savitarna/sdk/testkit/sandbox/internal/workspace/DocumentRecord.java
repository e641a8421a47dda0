package lt.savitarna.sdk.testkit.sandbox.internal.workspace;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A document as the store keeps it; replaced as a whole on every change, so a snapshot (in a
 * listing or in the change feed) never changes under its reader.
 *
 * @param contractId the contract of an annex, or {@code null}
 * @param amount     the document's total, or {@code null}
 * @param revision   bumped when the file is replaced; part of what the file is generated from
 */
public record DocumentRecord(String id, String type, String state, String title, String number, LocalDate issueDate,
                             String contractId, Money amount, String fileName, String mediaType, FileContent content,
                             int revision, Instant createdAt, Instant updatedAt) {

    public DocumentRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** Whether it can be signed now: a contract or annex waiting for a signature. */
    public boolean signable() {
        return Documents.isSignedKind(type) && Documents.AWAITING_SIGNATURE.equals(state);
    }

    public DocumentRecord withState(String newState, Instant at) {
        return new DocumentRecord(id, type, newState, title, number, issueDate, contractId, amount, fileName,
                mediaType, content, revision, createdAt, at);
    }
}
