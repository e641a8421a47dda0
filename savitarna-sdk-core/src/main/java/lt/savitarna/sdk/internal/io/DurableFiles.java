package lt.savitarna.sdk.internal.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * File operations that survive a crash at any moment: a file is either wholly there under its
 * final name or not at all. Content goes to a temporary file in the same directory (so the move
 * stays on one file system), is forced to disk, and is then renamed atomically; the directory is
 * forced too, so that the rename itself is durable where the platform allows it.
 *
 * <pre>{@code
 * DurableFiles.writeAtomically(checkpoint, bytes, ".savitarna-", ".tmp");
 * DurableFiles.moveAtomically(verifiedTemp, target, true);
 * }</pre>
 */
public final class DurableFiles {

    private DurableFiles() {
    }

    /**
     * Replaces {@code target} with {@code content} atomically: temp file, fsync, atomic rename,
     * directory fsync. A crash leaves either the old or the new content, and at worst a temporary
     * file named {@code tempPrefix...tempSuffix} beside it, which the caller cleans up later.
     */
    public static void writeAtomically(Path target, byte[] content, String tempPrefix, String tempSuffix)
            throws IOException {
        Path dir = directoryOf(target);
        Path temp = dir.resolve(tempPrefix + UUID.randomUUID() + tempSuffix);
        try {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buf = ByteBuffer.wrap(content);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            moveAtomically(temp, target, true);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Renames {@code from} to {@code to} atomically (both in one directory or file system), then
     * forces the directory. Falls back to a plain move only where the file system cannot move
     * atomically.
     *
     * @param replace whether an existing {@code to} is replaced
     */
    public static void moveAtomically(Path from, Path to, boolean replace) throws IOException {
        try {
            if (replace) {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (AtomicMoveNotSupportedException e) {
            if (replace) {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.move(from, to);
            }
        }
        fsyncDirectory(directoryOf(to));
    }

    /** Forces a directory's entries to disk; a no-op where the platform cannot (e.g. Windows). */
    public static void fsyncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | RuntimeException e) {
            // Not every platform can open a directory; the rename is still atomic there.
        }
    }

    /** The directory a path lives in (the current directory for a bare name). */
    public static Path directoryOf(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? file.toAbsolutePath() : parent;
    }
}
