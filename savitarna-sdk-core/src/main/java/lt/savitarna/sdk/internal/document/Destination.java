package lt.savitarna.sdk.internal.document;

import java.io.IOException;
import java.security.MessageDigest;

/**
 * Where downloaded bytes go, with the running SHA-256 of everything held so far and what is
 * needed to continue a partial copy (the ETag it came from, the file's size and checksum).
 */
abstract class Destination implements AutoCloseable {

    final MessageDigest sha = Checksums.sha256();
    long position;
    String etag;
    long knownSize = -1;
    String knownSha;

    /** Stores bytes after those already held. */
    abstract void append(byte[] b, int off, int len) throws IOException;

    /** Whether the bytes held can be dropped to start over. */
    abstract boolean canRestart();

    /** Stores bytes and counts them into the checksum. */
    final void write(byte[] b, int off, int len) throws IOException {
        append(b, off, len);
        sha.update(b, off, len);
        position += len;
    }

    /** Drops everything held. */
    void restart() throws IOException {
        sha.reset();
        position = 0;
        etag = null;
        knownSize = -1;
        knownSha = null;
    }

    /** What an answer said of the file, kept for a later resumption. */
    void remember(String etag, String sha256, long size) throws IOException {
        this.etag = etag;
        this.knownSha = sha256;
        this.knownSize = size;
    }

    @Override
    public void close() {
    }
}
