/**
 * Crash-safe synchronisation of a workspace's documents into another system:
 * {@link lt.savitarna.sdk.sync.DocumentSync} follows the document change feed from a durable
 * checkpoint and hands verified files to a {@link lt.savitarna.sdk.sync.DocumentSink} (a folder, or
 * the caller's own store); {@link lt.savitarna.sdk.sync.SyncResult} counts what a run did.
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
 */
package lt.savitarna.sdk.sync;
