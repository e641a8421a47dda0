package lt.savitarna.sdk.internal.document;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.CopyOption;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
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
    private static final ByteBuffer[] NO_BUFFERS = new ByteBuffer[0];

    private final Path finalPath;
    private final Path part;
    private final Path meta;
    private final String documentId;
    private final boolean keepOnFailure;
    private final boolean forceToDisk;
    private FileChannel channel;
    private StepwiseForce stepwiseForce;
    private boolean done;

    private PartFile(Path finalPath, String documentId, boolean keepOnFailure, boolean forceToDisk) {
        this.finalPath = finalPath;
        String name = finalPath.getFileName().toString();
        this.part = finalPath.resolveSibling(name + ".part");
        this.meta = finalPath.resolveSibling(name + ".part.meta");
        this.documentId = documentId;
        this.keepOnFailure = keepOnFailure;
        this.forceToDisk = forceToDisk;
    }

    /**
     * Opens the part file of {@code finalPath}, continuing what an earlier download of the same
     * document left when {@code resume} is set. With {@code forceToDisk} the file is forced to disk
     * before it is renamed: in steps while it is written and the rest at the end.
     */
    static PartFile open(Path finalPath, String documentId, boolean resume, boolean forceToDisk)
            throws IOException {
        PartFile f = new PartFile(finalPath, documentId, resume, forceToDisk);
        f.channel = FileChannel.open(f.part, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        if (forceToDisk) {
            f.stepwiseForce = new StepwiseForce(f.channel, StepwiseForce.sharedFlusher());
        }
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
    void append(List<ByteBuffer> buffers) throws IOException {
        ByteBuffer[] all = buffers.toArray(NO_BUFFERS);
        long bytes = 0;
        for (ByteBuffer b : all) {
            bytes += b.remaining();
        }
        int first = 0;
        // One gathering write for the whole batch; a short write leaves the rest for another.
        while (first < all.length) {
            channel.write(all, first, all.length - first);
            while (first < all.length && !all[first].hasRemaining()) {
                first++;
            }
        }
        if (stepwiseForce != null) {
            stepwiseForce.written(bytes);
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

    /**
     * Renames the part file to the final name, atomically where the file system can. When forcing
     * to disk, the bytes are forced first and the folder after the rename, so the file survives a
     * power failure once this returns; otherwise the operating system writes them back in its own
     * time.
     */
    void commit(boolean replace) throws IOException {
        if (forceToDisk) {
            stepwiseForce.finish();
            channel.force(true);
        }
        channel.close();
        if (forceToDisk) {
            DurableFiles.moveAtomically(part, finalPath, replace);
        } else {
            moveAtomicallyWithoutForcing(replace);
        }
        Files.deleteIfExists(meta);
        done = true;
    }

    private void moveAtomicallyWithoutForcing(boolean replace) throws IOException {
        CopyOption[] atomic = replace
                ? new CopyOption[] {StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING}
                : new CopyOption[] {StandardCopyOption.ATOMIC_MOVE};
        try {
            Files.move(part, finalPath, atomic);
        } catch (AtomicMoveNotSupportedException e) {
            if (replace) {
                Files.move(part, finalPath, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.move(part, finalPath);
            }
        }
    }

    /** Drops the part file: its bytes are not worth continuing. */
    void discard() throws IOException {
        finishBackgroundForce();
        channel.close();
        Files.deleteIfExists(part);
        Files.deleteIfExists(meta);
        done = true;
    }

    /** Closes; after a failure the part file stays for a later call, unless resuming is off. */
    @Override
    public void close() {
        finishBackgroundForce();
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

    private void finishBackgroundForce() {
        if (stepwiseForce != null) {
            stepwiseForce.finishQuietly();
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
