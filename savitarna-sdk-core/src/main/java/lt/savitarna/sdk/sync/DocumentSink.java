package lt.savitarna.sdk.sync;

import java.nio.file.Path;
import java.util.Set;
import lt.savitarna.sdk.document.Document;

/**
 * Where {@link DocumentSync} puts documents: a folder ({@link #directory(Path)}) or the caller's
 * own store (an ERP's archive, a database). Every method must be idempotent: after a crash the
 * sync applies the changes since its last checkpoint again, so a document may be stored or
 * deleted twice. Calls come from one thread at a time.
 *
 * <!-- sample: DocumentSyncToErp#erp-sink -->
 * <pre>{@code
 * DocumentSink toErp = new DocumentSink() {
 *     @Override
 *     public void store(Document document, Path verifiedFile) {
 *         erp.archive(document.id(), document.title(), verifiedFile);
 *     }
 *
 *     @Override
 *     public void delete(String documentId) {
 *         erp.remove(documentId);
 *     }
 *
 *     @Override
 *     public void retainOnly(Set<String> documentIds) {
 *         erp.removeAllExcept(documentIds);
 *     }
 * };
 * }</pre>
 */
public interface DocumentSink {

    /**
     * Stores a document, replacing any earlier version of it.
     *
     * @param document     the metadata, as of the change being applied
     * @param verifiedFile the complete file, its checksum verified, in the staging folder; the
     *                     sink may move it (ideally atomically) or copy it; whatever is left of it
     *                     is deleted after this call
     */
    void store(Document document, Path verifiedFile);

    /** Removes a document; removing one that is not there does nothing. */
    void delete(String documentId);

    /** After a full resynchronisation: removes every document whose id is not in {@code documentIds}. */
    void retainOnly(Set<String> documentIds);

    /**
     * Whether the sink already holds exactly this version of the document, so that downloading it
     * again can be skipped (e.g. after a restart). The default says no, which is always correct.
     */
    default boolean holds(Document document) {
        return false;
    }

    /**
     * A folder sink: each document is one file named {@link DocumentSync#fileName(Document)}
     * ({@code <id>__<safe file name>}), put in place by an atomic rename, so the folder never shows
     * a half-written file; an earlier file of the same document under another name is removed.
     * Other files in the folder are left alone.
     */
    static DocumentSink directory(Path directory) {
        return new DirectorySink(directory);
    }
}
