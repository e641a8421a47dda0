package lt.savitarna.sdk.sync;

/**
 * Called at the steps of a sync run where a crash matters; tests throw from it to simulate a
 * process killed at that moment.
 */
@FunctionalInterface
interface SyncHook {

    /** The feed page or full listing was read. */
    String PAGE = "page";
    /** Some bytes of a download arrived. */
    String DOWNLOADING = "downloading";
    /** A download is complete and verified, not yet handed to the sink. */
    String DOWNLOADED = "downloaded";
    /** The sink stored a document. */
    String STORED = "stored";
    /** The sink deleted a document. */
    String DELETED = "deleted";
    /** The checkpoint's temporary file is on disk, not yet renamed. */
    String CHECKPOINT_WRITTEN = "checkpoint-written";
    /** The checkpoint was renamed into place. */
    String CHECKPOINT_SAVED = "checkpoint-saved";

    SyncHook NONE = step -> { };

    /** Reached {@code step}. */
    void at(String step);
}
