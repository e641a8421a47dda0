package lt.savitarna.sdk.sync;

/**
 * What one or more sync runs did.
 *
 * <!-- sample: DocumentSyncService#sync-to-folder -->
 * <pre>{@code
 * DocumentSync sync = DocumentSync.builder()
 *         .workspace(workspace)
 *         .targetDirectory(root.resolve("inbox"))
 *         .checkpointFile(root.resolve("state").resolve("sync.checkpoint"))
 *         .build();
 * SyncResult firstPass = sync.runOnce(); // e.g. from a scheduler
 * out.printf("%d created, %d updated, %d deleted (full listing: %s)%n", firstPass.created(),
 *         firstPass.updated(), firstPass.deleted(), firstPass.resynchronised());
 * }</pre>
 *
 * @param created        documents stored for the first time (also by a full resynchronisation)
 * @param updated        documents stored again because they changed
 * @param deleted        deletions applied (idempotent: one for a document the sink did not hold counts too)
 * @param unchanged      changes whose document the sink already held, so nothing was downloaded
 * @param skipped        feed entries already applied before (delivery is at least once)
 * @param resynchronised whether a full listing was needed (first run, or an expired cursor)
 * @param lastSequence   the sequence of the last change applied; 0 when none yet
 */
public record SyncResult(int created, int updated, int deleted, int unchanged, int skipped, boolean resynchronised,
                         long lastSequence) {

    /** Nothing done yet. */
    public static final SyncResult NONE = new SyncResult(0, 0, 0, 0, 0, false, 0);

    /** This result followed by a later one. */
    public SyncResult plus(SyncResult later) {
        return new SyncResult(created + later.created, updated + later.updated, deleted + later.deleted,
                unchanged + later.unchanged, skipped + later.skipped, resynchronised || later.resynchronised,
                Math.max(lastSequence, later.lastSequence));
    }

    /** Documents stored or removed. */
    public int changed() {
        return created + updated + deleted;
    }
}
