package lt.savitarna.sdk.sync;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Properties;
import java.util.UUID;
import lt.savitarna.sdk.internal.io.DurableFiles;

/**
 * Where the sync stands, kept in a small file: the feed cursor to resume from, the sequence of the
 * last change applied (so that re-delivered changes are skipped), and whether the starting state
 * was taken from a full listing. Saved by writing a temporary file, forcing it to disk and renaming
 * it over the checkpoint atomically: a crash leaves the old or the new checkpoint, never a mix.
 *
 * @param cursor       the feed cursor to resume from; {@code null} for the oldest change kept
 * @param lastSequence the last change applied; 0 for none
 * @param initialized  whether the starting state was taken from a full listing
 */
record Checkpoint(String cursor, long lastSequence, boolean initialized) {

    static final Checkpoint FRESH = new Checkpoint(null, 0, false);
    private static final String FORMAT = "1";

    /** Requires a non-negative sequence. */
    Checkpoint {
        if (lastSequence < 0) {
            throw new IllegalArgumentException("lastSequence must not be negative");
        }
    }

    /** The checkpoint in {@code file}; {@link #FRESH} when there is none. */
    static Checkpoint load(Path file) throws IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return FRESH;
        }
        Properties p = new Properties();
        p.load(new StringReader(text));
        if (!FORMAT.equals(p.getProperty("format"))) {
            throw new IOException("not a document sync checkpoint (format " + p.getProperty("format") + "): " + file);
        }
        String cursor = p.getProperty("cursor", "");
        try {
            return new Checkpoint(cursor.isEmpty() ? null : cursor, Long.parseLong(p.getProperty("lastSequence", "0")),
                    Boolean.parseBoolean(p.getProperty("initialized", "false")));
        } catch (NumberFormatException e) {
            throw new IOException("damaged checkpoint: " + file, e);
        }
    }

    /** The prefix of the checkpoint's temporary files, which a new run deletes. */
    static String tempPrefix(Path file) {
        return "." + file.getFileName() + ".";
    }

    /** The suffix of the checkpoint's temporary files. */
    static String tempSuffix() {
        return ".tmp";
    }

    /** Saves atomically; {@code beforeRename} runs between the forced temporary file and the rename. */
    void save(Path file, Runnable beforeRename) throws IOException {
        Properties p = new Properties();
        p.setProperty("format", FORMAT);
        p.setProperty("cursor", cursor == null ? "" : cursor);
        p.setProperty("lastSequence", Long.toString(lastSequence));
        p.setProperty("initialized", Boolean.toString(initialized));
        StringWriter text = new StringWriter();
        p.store(text, "document sync checkpoint; written atomically, do not edit while a sync runs");
        Path temp = DurableFiles.directoryOf(file).resolve(tempPrefix(file) + UUID.randomUUID() + tempSuffix());
        try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buf = ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        }
        // A crash from here on leaves at most the temporary file, which the next run deletes.
        beforeRename.run();
        DurableFiles.moveAtomically(temp, file, true);
    }
}
