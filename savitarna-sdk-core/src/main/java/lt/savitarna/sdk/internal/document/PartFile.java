package lt.savitarna.sdk.internal.document;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Properties;
import lt.savitarna.sdk.internal.io.DurableFiles;

/**
 * A download in progress: {@code <name>.part} holds the bytes so far and {@code <name>.part.meta}
 * what is needed to continue them (document id, ETag, size and checksum of the whole file). The
 * final name is only ever reached by an atomic rename of a complete, verified file, so a crash
 * never leaves a half-written file there. The part file is locked while in use, so two downloads
 * to one destination cannot interleave.
 */
final class PartFile extends Destination {

    private static final int REHASH_BUFFER = 64 * 1024;

    private final Path finalPath;
    private final Path part;
    private final Path meta;
    private final String documentId;
    private final boolean keepOnFailure;
    private FileChannel channel;
    private boolean done;

    private PartFile(Path finalPath, String documentId, boolean keepOnFailure) {
        this.finalPath = finalPath;
        String name = finalPath.getFileName().toString();
        this.part = finalPath.resolveSibling(name + ".part");
        this.meta = finalPath.resolveSibling(name + ".part.meta");
        this.documentId = documentId;
        this.keepOnFailure = keepOnFailure;
    }

    /**
     * Opens the part file of {@code finalPath}, continuing what an earlier download of the same
     * document left when {@code resume} is set.
     */
    static PartFile open(Path finalPath, String documentId, boolean resume) throws IOException {
        PartFile f = new PartFile(finalPath, documentId, resume);
        f.channel = FileChannel.open(f.part, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        try {
            FileLock lock;
            try {
                lock = f.channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new FileSystemException(f.part.toString(), null, "another download to this file is running");
            }
            if (resume) {
                f.continueEarlier();
            } else {
                f.startOver();
            }
            return f;
        } catch (IOException | RuntimeException e) {
            f.channel.close();
            throw e;
        }
    }

    /** The final destination. */
    Path finalPath() {
        return finalPath;
    }

    /** The part file. */
    Path partPath() {
        return part;
    }

    @Override
    void append(byte[] b, int off, int len) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(b, off, len);
        while (buf.hasRemaining()) {
            channel.write(buf);
        }
    }

    @Override
    boolean canRestart() {
        return true;
    }

    @Override
    void restart() throws IOException {
        super.restart();
        startOver();
    }

    @Override
    void remember(String etag, String sha256, long size) throws IOException {
        super.remember(etag, sha256, size);
        if (etag == null) {
            Files.deleteIfExists(meta); // without an ETag the bytes cannot be continued safely
            return;
        }
        Properties p = new Properties();
        p.setProperty("documentId", documentId);
        p.setProperty("etag", etag);
        if (sha256 != null) {
            p.setProperty("sha256", sha256);
        }
        p.setProperty("size", Long.toString(size));
        StringWriter text = new StringWriter();
        p.store(text, "partial download; delete together with the .part file");
        Files.writeString(meta, text.toString(), StandardCharsets.UTF_8);
    }

    /** Forces the bytes to disk and renames the part file to the final name. */
    void commit(boolean replace) throws IOException {
        channel.force(true);
        channel.close();
        DurableFiles.moveAtomically(part, finalPath, replace);
        Files.deleteIfExists(meta);
        done = true;
    }

    /** Drops the part file: its bytes are not worth continuing. */
    void discard() throws IOException {
        channel.close();
        Files.deleteIfExists(part);
        Files.deleteIfExists(meta);
        done = true;
    }

    /** Closes; after a failure the part file stays for a later call, unless resuming is off. */
    @Override
    public void close() {
        try {
            channel.close();
            if (!done && !keepOnFailure) {
                Files.deleteIfExists(part);
                Files.deleteIfExists(meta);
            }
        } catch (IOException e) {
            // Leftovers are harmless: the next download of this file starts by checking them.
        }
    }

    private void continueEarlier() throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(meta, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (NoSuchFileException e) {
            startOver();
            return;
        } catch (IOException | IllegalArgumentException e) {
            startOver(); // an unreadable note: the bytes cannot be trusted
            return;
        }
        String savedEtag = p.getProperty("etag");
        if (!documentId.equals(p.getProperty("documentId")) || savedEtag == null) {
            startOver();
            return;
        }
        long size;
        try {
            size = Long.parseLong(p.getProperty("size", "-1"));
        } catch (NumberFormatException e) {
            size = -1;
        }
        long held = channel.size();
        ByteBuffer buf = ByteBuffer.allocate(REHASH_BUFFER);
        long read = 0;
        channel.position(0);
        while (read < held) {
            buf.clear();
            int n = channel.read(buf);
            if (n < 0) {
                break;
            }
            sha.update(buf.array(), 0, n);
            read += n;
        }
        position = read;
        channel.position(read);
        etag = savedEtag;
        knownSha = p.getProperty("sha256");
        knownSize = size;
    }

    private void startOver() throws IOException {
        channel.truncate(0);
        channel.position(0);
        sha.reset();
        position = 0;
        Files.deleteIfExists(meta);
    }
}
