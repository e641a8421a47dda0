/**
 * Crash-safe synchronisation of a workspace's documents into another system:
 * {@link lt.savitarna.sdk.sync.DocumentSync} follows the document change feed from a durable
 * checkpoint and hands verified files to a {@link lt.savitarna.sdk.sync.DocumentSink} (a folder, or
 * the caller's own store); {@link lt.savitarna.sdk.sync.SyncResult} counts what a run did.
 *
 * <pre>{@code
 * DocumentSync sync = DocumentSync.builder()
 *         .workspace(ws)
 *         .targetDirectory(Path.of("/srv/erp/inbox"))
 *         .checkpointFile(Path.of("/srv/erp/state/inbox.checkpoint"))
 *         .build();
 * SyncResult r = sync.runOnce();
 * }</pre>
 */
package lt.savitarna.sdk.sync;
