package lt.savitarna.sdk.testkit.sandbox.internal.workspace;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The bytes of a document's file, produced on demand in chunks rather than held in memory, so
 * that a file of any size can be served, resumed and hashed.
 */
public interface FileContent {

    /** Size in bytes. */
    long size();

    /** Writes bytes {@code first..last} (inclusive) to {@code out} in chunks of at most 64 KiB. */
    void write(long first, long last, OutputStream out) throws IOException;

    /** The file's checksums, computed by one streaming pass the first time they are asked for. */
    FileDigests digests();

    /** Writes the whole file. */
    default void writeAll(OutputStream out) throws IOException {
        if (size() > 0) {
            write(0, size() - 1, out);
        }
    }
}
