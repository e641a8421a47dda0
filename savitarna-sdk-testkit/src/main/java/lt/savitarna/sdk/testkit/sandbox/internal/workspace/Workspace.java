package lt.savitarna.sdk.testkit.sandbox.internal.workspace;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import lt.savitarna.sdk.testkit.sandbox.internal.Representation;

/**
 * The data of one workspace (group company × represented party): documents with their change
 * feed and signatures, loyalty orders, help requests and uploads. Every method locks the
 * workspace; records are immutable, so what a reader got stays as it was.
 */
public final class Workspace {

    /**
     * Newest first: by issue date, then creation. Listings sort the records newest-added first
     * with a stable sort, so records created within the same second keep the order they came in.
     */
    static final Comparator<DocumentRecord> NEWEST_FIRST = Comparator.comparing(DocumentRecord::issueDate)
            .thenComparing(DocumentRecord::createdAt).reversed();

    private final Representation scope;
    private final Map<String, DocumentRecord> documents = new LinkedHashMap<>();
    private final List<DocumentChange> changes = new ArrayList<>();
    private long lastSequence;
    private long expiredThrough;
    private final Map<String, SignatureRecord> signatures = new LinkedHashMap<>();
    private final Map<String, OrderRecord> orders = new LinkedHashMap<>();
    private final Map<String, HelpRecords.Request> helpRequests = new LinkedHashMap<>();
    private final Map<String, HelpRecords.Upload> uploads = new LinkedHashMap<>();

    Workspace(Representation scope) {
        this.scope = Objects.requireNonNull(scope, "scope");
    }

    public Representation scope() {
        return scope;
    }

    /** {@code companyId/partyId}. */
    public static String key(String companyId, String partyId) {
        return companyId + "/" + partyId;
    }

    // ---- documents and the change feed ----

    public synchronized List<DocumentRecord> documents() {
        return newestFirst(documents.values(), NEWEST_FIRST);
    }

    /** The records latest-added first, then (stably) sorted by {@code order}. */
    private static <T> List<T> newestFirst(Collection<T> records, Comparator<T> order) {
        List<T> all = new ArrayList<>(records);
        Collections.reverse(all);
        all.sort(order);
        return all;
    }

    public synchronized Optional<DocumentRecord> document(String id) {
        return Optional.ofNullable(documents.get(id));
    }

    /** Adds or replaces a document and records the change; returns its sequence. */
    public synchronized long put(DocumentRecord document, Instant at) {
        String change = documents.containsKey(document.id()) ? Documents.UPDATED : Documents.CREATED;
        documents.put(document.id(), document);
        return record(document.id(), change, document, at);
    }

    /** Replaces a document only if it is still {@code expected} (the same snapshot); true if replaced. */
    public synchronized boolean replace(DocumentRecord expected, DocumentRecord updated, Instant at) {
        if (documents.get(expected.id()) != expected) {
            return false;
        }
        put(updated, at);
        return true;
    }

    /** Removes a document and records the deletion; returns its sequence, or -1 if there was none. */
    public synchronized long remove(String id, Instant at) {
        if (documents.remove(id) == null) {
            return -1;
        }
        return record(id, Documents.DELETED, null, at);
    }

    private long record(String documentId, String change, DocumentRecord snapshot, Instant at) {
        lastSequence++;
        changes.add(new DocumentChange(lastSequence, documentId, change, snapshot, at));
        return lastSequence;
    }

    /** One read of the feed: the changes, where to resume, and whether more are waiting. */
    public record ChangeRead(List<DocumentChange> items, long resumeAfter, boolean hasMore) {
    }

    /**
     * The changes after sequence {@code after} ({@code null}: from the oldest retained).
     *
     * @return empty when {@code after} is older than the retention or is no sequence this feed issued
     */
    public synchronized Optional<ChangeRead> changesAfter(Long after, int limit) {
        if (after != null && (after < expiredThrough || after > lastSequence)) {
            return Optional.empty();
        }
        long from = after != null ? after : expiredThrough;
        List<DocumentChange> items = new ArrayList<>();
        boolean hasMore = false;
        for (DocumentChange change : changes) {
            if (change.sequence() <= from) {
                continue;
            }
            if (items.size() == limit) {
                hasMore = true;
                break;
            }
            items.add(change);
        }
        long resume = items.isEmpty() ? from : items.get(items.size() - 1).sequence();
        return Optional.of(new ChangeRead(List.copyOf(items), resume, hasMore));
    }

    public synchronized long lastSequence() {
        return lastSequence;
    }

    /** Forgets the changes up to {@code sequence}: older cursors then answer {@code 410 CURSOR_EXPIRED}. */
    public synchronized void expireChangesThrough(long sequence) {
        long through = Math.min(sequence, lastSequence);
        if (through > expiredThrough) {
            expiredThrough = through;
            changes.removeIf(change -> change.sequence() <= through);
        }
    }

    // ---- signatures ----

    public synchronized Optional<SignatureRecord> signature(String id) {
        return Optional.ofNullable(signatures.get(id));
    }

    public synchronized void putSignature(SignatureRecord signature) {
        signatures.put(signature.id(), signature);
    }

    /** The latest completed signature of a document. */
    public synchronized Optional<SignatureRecord> completedSignature(String documentId) {
        SignatureRecord latest = null;
        for (SignatureRecord signature : signatures.values()) {
            if (signature.documentId().equals(documentId) && signature.completion() != null) {
                latest = signature;
            }
        }
        return Optional.ofNullable(latest);
    }

    public synchronized long count(Predicate<SignatureRecord> filter) {
        return signatures.values().stream().filter(filter).count();
    }

    // ---- loyalty orders ----

    /** Newest first. */
    public synchronized List<OrderRecord> orders() {
        return newestFirst(orders.values(), Comparator.comparing(OrderRecord::createdAt).reversed());
    }

    public synchronized Optional<OrderRecord> order(String id) {
        return Optional.ofNullable(orders.get(id));
    }

    public synchronized void putOrder(OrderRecord order) {
        orders.put(order.id(), order);
    }

    // ---- help ----

    /** Newest first. */
    public synchronized List<HelpRecords.Request> helpRequests() {
        return newestFirst(helpRequests.values(), Comparator.comparing(HelpRecords.Request::createdAt).reversed());
    }

    public synchronized Optional<HelpRecords.Request> helpRequest(String id) {
        return Optional.ofNullable(helpRequests.get(id));
    }

    public synchronized void putHelpRequest(HelpRecords.Request request) {
        helpRequests.put(request.id(), request);
    }

    /** Newest first. */
    public synchronized List<HelpRecords.Upload> uploads() {
        return newestFirst(uploads.values(), Comparator.comparing(HelpRecords.Upload::createdAt).reversed());
    }

    public synchronized Optional<HelpRecords.Upload> upload(String id) {
        return Optional.ofNullable(uploads.get(id));
    }

    public synchronized void putUpload(HelpRecords.Upload upload) {
        uploads.put(upload.id(), upload);
    }

    @Override
    public String toString() {
        return "Workspace[" + key(scope.company().id(), scope.party().id()) + "]";
    }
}
