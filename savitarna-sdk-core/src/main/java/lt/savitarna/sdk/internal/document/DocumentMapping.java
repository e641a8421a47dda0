package lt.savitarna.sdk.internal.document;

import static lt.savitarna.sdk.internal.json.JsonFields.bool;
import static lt.savitarna.sdk.internal.json.JsonFields.date;
import static lt.savitarna.sdk.internal.json.JsonFields.instant;
import static lt.savitarna.sdk.internal.json.JsonFields.isTrue;
import static lt.savitarna.sdk.internal.json.JsonFields.longValue;
import static lt.savitarna.sdk.internal.json.JsonFields.object;
import static lt.savitarna.sdk.internal.json.JsonFields.requiredString;
import static lt.savitarna.sdk.internal.json.JsonFields.string;

import jakarta.json.JsonObject;
import java.util.Locale;
import lt.savitarna.sdk.document.Document;
import lt.savitarna.sdk.document.DocumentChange;
import lt.savitarna.sdk.document.DocumentChangePage;
import lt.savitarna.sdk.document.DocumentChangeType;
import lt.savitarna.sdk.document.DocumentFile;
import lt.savitarna.sdk.document.DocumentState;
import lt.savitarna.sdk.document.DocumentType;
import lt.savitarna.sdk.internal.json.JsonFields;
import lt.savitarna.sdk.internal.json.MalformedJsonException;
import lt.savitarna.sdk.internal.workspace.MoneyMapping;

/**
 * The document shapes of the wire contract, read into the public records: ids, types, states and
 * the file must be there; unknown fields are ignored; unknown types and states survive as
 * forward-compatible values.
 *
 * <pre>{@code
 * Document d = calls.send(op.build(ResponseReader.json(DocumentMapping::document)));
 * }</pre>
 */
public final class DocumentMapping {

    private DocumentMapping() {
    }

    /** A {@code Document}. */
    public static Document document(JsonObject o) {
        JsonObject file = object(o, "file");
        if (file == null) {
            throw new MalformedJsonException("document without a file");
        }
        return new Document(requiredString(o, "id"), DocumentType.of(requiredString(o, "type")),
                DocumentState.of(requiredString(o, "state")), string(o, "title"), string(o, "number"),
                date(o, "issueDate"), string(o, "contractId"), MoneyMapping.money(object(o, "amount")), file(file),
                isTrue(o, "signable"), instant(o, "createdAt"), instant(o, "updatedAt"));
    }

    /** A {@code FileInfo}; the checksum is kept in lower case. */
    public static DocumentFile file(JsonObject o) {
        Long size = longValue(o, "size");
        String sha = string(o, "sha256");
        return new DocumentFile(requiredString(o, "name"), string(o, "mediaType"), size == null ? -1 : size,
                sha == null ? null : sha.toLowerCase(Locale.ROOT));
    }

    /** A {@code DocumentChange}. */
    public static DocumentChange change(JsonObject o) {
        Long sequence = longValue(o, "sequence");
        if (sequence == null) {
            throw new MalformedJsonException("change without a sequence");
        }
        JsonObject document = object(o, "document");
        return new DocumentChange(sequence, requiredString(o, "documentId"),
                DocumentChangeType.of(requiredString(o, "change")), document == null ? null : document(document),
                instant(o, "occurredAt"));
    }

    /** A {@code DocumentChangePage}; {@code hasMore} absent reads as false. */
    public static DocumentChangePage changePage(JsonObject o) {
        Boolean hasMore = bool(o, "hasMore");
        return new DocumentChangePage(JsonFields.list(o, "items", DocumentMapping::change),
                requiredString(o, "nextCursor"), Boolean.TRUE.equals(hasMore));
    }
}
