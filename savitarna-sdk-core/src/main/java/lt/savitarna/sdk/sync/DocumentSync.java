package lt.savitarna.sdk.sync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import lt.savitarna.sdk.Sleeper;
import lt.savitarna.sdk.Workspace;
import lt.savitarna.sdk.document.Document;
import lt.savitarna.sdk.document.DocumentChange;
import lt.savitarna.sdk.document.DocumentChangePage;
import lt.savitarna.sdk.document.DocumentChangeType;
import lt.savitarna.sdk.document.DocumentQuery;
import lt.savitarna.sdk.document.Documents;
import lt.savitarna.sdk.document.DownloadOptions;
import lt.savitarna.sdk.document.FileNames;
import lt.savitarna.sdk.error.ApiException;
import lt.savitarna.sdk.error.ChecksumMismatchException;
import lt.savitarna.sdk.error.CursorExpiredException;
import lt.savitarna.sdk.error.DeadlineExceededException;
import lt.savitarna.sdk.error.LocalFileException;
import lt.savitarna.sdk.error.NotFoundException;
import lt.savitarna.sdk.error.SavitarnaException;
import lt.savitarna.sdk.error.TransportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps an ERP's copy of a workspace's documents in step with the portal by following the
 * document change feed from a durable checkpoint. Crash-safe: killed at any moment and started
 * again, it ends with every document exactly once and none half-written.
 *
 * <p>How: the first run takes the starting state from a full listing, later runs read the feed
 * from the cursor in the checkpoint file. For each new change it downloads the document to a
 * temporary file, verifies its SHA-256, hands it to the {@link DocumentSink} (the folder sink
 * renames it atomically to a name made of the document id and its sanitised file name), deletes on
 * {@code DELETED}, and only then advances the checkpoint (written to a temporary file, forced to
 * disk, renamed atomically). A restart therefore repeats at most the change in progress; changes
 * whose sequence is not above the checkpoint's are skipped, and the folder sink skips a download
 * whose file it already holds. Temporary files a crash left behind are deleted when a run starts.
 * A cursor the portal no longer keeps ({@code 410 CURSOR_EXPIRED}) leads to a full listing again,
 * which also removes documents that disappeared meanwhile. A lock file beside the checkpoint keeps
 * two syncs from working on one checkpoint at once.
 *
 * <p>The target folder belongs to the sync: its files named {@code <id>__<name>} are taken for
 * synchronised documents (and removed when their document goes); other files are left alone.
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
public final class DocumentSync {

    private static final Logger LOG = LoggerFactory.getLogger("lt.savitarna.sdk.sync");
    private static final String STAGING_PREFIX = ".savitarna-sync-";
    private static final int NAME_BYTES = 150;
    private static final int MAX_ID_KEY = 64;

    private final Documents documents;
    private final Locale locale;
    private final DocumentSink sink;
    private final Path targetDirectory;
    private final Path stagingDirectory;
    private final Path checkpointFile;
    private final int pageSize;
    private final Sleeper sleeper;
    private final SyncHook hook;

    private DocumentSync(Builder b) {
        this.documents = b.workspace.documents();
        this.locale = b.locale;
        this.targetDirectory = b.targetDirectory;
        this.sink = b.sink != null ? b.sink : new DirectorySink(b.targetDirectory);
        this.checkpointFile = b.checkpointFile.toAbsolutePath();
        this.stagingDirectory = b.targetDirectory != null ? b.targetDirectory
                : b.stagingDirectory != null ? b.stagingDirectory : checkpointFile.getParent();
        this.pageSize = b.pageSize;
        this.sleeper = b.sleeper;
        this.hook = b.hook;
    }

    /** A builder; a workspace, a target folder or sink, and a checkpoint file are required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The name under which the folder sink keeps a document: a key made of its id (letters,
     * digits, {@code -} and {@code _} kept, everything else escaped as {@code ~XX}; very long ids
     * hashed), {@code __}, and the {@linkplain FileNames#sanitize(String) sanitised} file name.
     * Deterministic, so a restart finds what an earlier run stored.
     */
    public static String fileName(Document document) {
        Objects.requireNonNull(document, "document");
        return idKey(document.id()) + DirectorySink.SEPARATOR + FileNames.sanitize(document.file().name(), NAME_BYTES);
    }

    /** The id part of {@link #fileName(Document)}: never contains {@code __} nor ends with {@code _}. */
    static String idKey(String id) {
        byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < bytes.length; i++) {
            int c = bytes[i] & 0xFF;
            boolean plain = c < 0x80 && (Character.isLetterOrDigit(c) || c == '-');
            boolean underscore = c == '_' && i < bytes.length - 1 && (key.length() == 0
                    || key.charAt(key.length() - 1) != '_');
            if (plain || underscore) {
                key.append((char) c);
            } else {
                key.append('~').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        if (key.length() > MAX_ID_KEY) {
            return "~h" + sha256Hex(bytes).substring(0, 40);
        }
        return key.toString();
    }

    /**
     * Applies every change available now and returns; call it again later (or use
     * {@link #run(Duration, BooleanSupplier)}) to follow further changes.
     *
     * @throws IllegalStateException another sync is working on the same checkpoint
     * @throws SavitarnaException    a portal call failed; the checkpoint keeps what was done, so
     *                               the next run continues from there
     */
    public SyncResult runOnce() {
        try {
            Files.createDirectories(stagingDirectory);
            Files.createDirectories(checkpointFile.getParent());
            if (targetDirectory != null) {
                Files.createDirectories(targetDirectory);
            }
        } catch (IOException e) {
            throw new LocalFileException(stagingDirectory, locale, e);
        }
        try (FileChannel lockFile = FileChannel.open(checkpointFile.resolveSibling(checkpointFile.getFileName() + ".lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = lockFile.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new IllegalStateException("another document sync is using " + checkpointFile);
            }
            return new Run().execute();
        } catch (IOException e) {
            throw new LocalFileException(checkpointFile, locale, e);
        } catch (UncheckedIOException e) {
            throw new LocalFileException(targetDirectory != null ? targetDirectory : stagingDirectory, locale,
                    e.getCause());
        }
    }

    /**
     * Runs {@link #runOnce()} again and again, waiting {@code pollInterval} between runs, until
     * {@code stop} says so (it is asked before each run and each wait) or the thread is interrupted.
     * Passing failures (network, timeouts, 429, 5xx, a damaged download) are logged and retried at
     * the next run; others end the loop.
     *
     * @return what all runs did together
     */
    public SyncResult run(Duration pollInterval, BooleanSupplier stop) {
        Objects.requireNonNull(pollInterval, "pollInterval");
        Objects.requireNonNull(stop, "stop");
        if (pollInterval.isNegative()) {
            throw new IllegalArgumentException("pollInterval must not be negative");
        }
        SyncResult total = SyncResult.NONE;
        while (!stop.getAsBoolean()) {
            try {
                total = total.plus(runOnce());
            } catch (SavitarnaException e) {
                if (!passing(e)) {
                    throw e;
                }
                LOG.warn("document sync failed, will try again in {}: {}", pollInterval, e.getMessage());
            }
            if (stop.getAsBoolean()) {
                break;
            }
            try {
                sleeper.sleep(pollInterval);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return total;
    }

    @Override
    public String toString() {
        return "DocumentSync[target=" + (targetDirectory != null ? targetDirectory : sink) + ", checkpoint="
                + checkpointFile + "]";
    }

    private static boolean passing(SavitarnaException e) {
        if (e instanceof TransportException || e instanceof DeadlineExceededException
                || e instanceof ChecksumMismatchException) {
            return true;
        }
        return e instanceof ApiException api && (api.status() == 429 || api.status() >= 500);
    }

    private static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One run: its counters and the checkpoint as it advances. */
    private final class Run {
        private int created;
        private int updated;
        private int deleted;
        private int unchanged;
        private int skipped;
        private boolean resynchronised;
        private Checkpoint saved;

        SyncResult execute() throws IOException {
            cleanLeftovers();
            if (sink instanceof DirectorySink folder) {
                folder.reset();
            }
            Checkpoint checkpoint;
            try {
                checkpoint = Checkpoint.load(checkpointFile);
            } catch (IOException e) {
                LOG.warn("checkpoint {} cannot be read ({}); synchronising again from a full listing",
                        checkpointFile, e.getMessage());
                checkpoint = Checkpoint.FRESH;
            }
            saved = checkpoint;
            if (!checkpoint.initialized()) {
                checkpoint = resynchronise(checkpoint.lastSequence());
            }
            String cursor = checkpoint.cursor();
            long last = checkpoint.lastSequence();
            while (true) {
                DocumentChangePage page;
                try {
                    page = documents.changes(cursor, pageSize);
                } catch (CursorExpiredException e) {
                    LOG.info("feed cursor of {} expired; synchronising again from a full listing", checkpointFile);
                    checkpoint = resynchronise(last);
                    cursor = checkpoint.cursor();
                    continue;
                }
                hook.at(SyncHook.PAGE);
                for (DocumentChange change : page.items()) {
                    if (change.sequence() <= last) {
                        skipped++;
                        continue;
                    }
                    apply(change);
                    last = change.sequence();
                    // Resuming from the page's own cursor repeats this page; the sequence skips what is done.
                    save(new Checkpoint(cursor, last, true));
                }
                cursor = page.nextCursor();
                save(new Checkpoint(cursor, last, true));
                if (!page.hasMore()) {
                    return new SyncResult(created, updated, deleted, unchanged, skipped, resynchronised, last);
                }
            }
        }

        private Checkpoint resynchronise(long lastSequence) throws IOException {
            resynchronised = true;
            Set<String> ids = new HashSet<>();
            for (Document d : documents.list(DocumentQuery.builder().pageSize(pageSize).build())) {
                ids.add(d.id());
                if (put(d)) {
                    created++;
                }
            }
            hook.at(SyncHook.PAGE);
            sink.retainOnly(ids);
            Checkpoint fresh = new Checkpoint(null, lastSequence, true);
            save(fresh);
            return fresh;
        }

        private void apply(DocumentChange change) {
            DocumentChangeType type = change.change();
            if (DocumentChangeType.DELETED.equals(type)) {
                sink.delete(change.documentId());
                hook.at(SyncHook.DELETED);
                deleted++;
                return;
            }
            Document document = change.document();
            if (document == null) {
                try {
                    document = documents.get(change.documentId());
                } catch (NotFoundException e) {
                    sink.delete(change.documentId()); // gone since; its DELETED change follows
                    deleted++;
                    return;
                }
            }
            if (put(document)) {
                if (DocumentChangeType.CREATED.equals(type)) {
                    created++;
                } else {
                    updated++;
                }
            }
        }

        /** Stores one document unless the sink holds it already; whether it was stored. */
        private boolean put(Document document) {
            if (sink.holds(document)) {
                unchanged++;
                return false;
            }
            Path temp = stagingDirectory.resolve(STAGING_PREFIX + UUID.randomUUID() + ".download");
            try {
                documents.download(document.id(), temp, DownloadOptions.builder()
                        .resume(false)
                        .progress((done, total) -> hook.at(SyncHook.DOWNLOADING))
                        .build());
                hook.at(SyncHook.DOWNLOADED);
                sink.store(document, temp);
                hook.at(SyncHook.STORED);
                return true;
            } catch (NotFoundException e) {
                // Deleted after this change was written: make sure no stale copy stays.
                sink.delete(document.id());
                deleted++;
                return false;
            } finally {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    LOG.debug("could not delete {}; the next run does", temp);
                }
            }
        }

        private void save(Checkpoint next) throws IOException {
            if (next.equals(saved)) {
                return;
            }
            next.save(checkpointFile, () -> hook.at(SyncHook.CHECKPOINT_WRITTEN));
            saved = next;
            hook.at(SyncHook.CHECKPOINT_SAVED);
        }

        private void cleanLeftovers() throws IOException {
            deleteMatching(stagingDirectory, STAGING_PREFIX, null);
            deleteMatching(checkpointFile.getParent(), Checkpoint.tempPrefix(checkpointFile), Checkpoint.tempSuffix());
        }

        private void deleteMatching(Path dir, String prefix, String suffix) throws IOException {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                for (Path entry : entries) {
                    String name = entry.getFileName().toString();
                    if (name.startsWith(prefix) && (suffix == null || name.endsWith(suffix))) {
                        LOG.debug("deleting {} left by an interrupted run", entry);
                        Files.deleteIfExists(entry);
                    }
                }
            }
        }
    }

    /**
     * Builds a {@link DocumentSync}. Exactly one of {@link #targetDirectory(Path)} and
     * {@link #sink(DocumentSink)} is required, and so are the workspace and the checkpoint file.
     *
     * <!-- sample: DocumentSyncToErp#sync-into-sink -->
     * <pre>{@code
     * DocumentSync sync = DocumentSync.builder()
     *         .workspace(workspace)
     *         .sink(toErp)
     *         .stagingDirectory(root.resolve("staging")) // on the ERP's disk, so files move cheaply
     *         .checkpointFile(root.resolve("state").resolve("erp.checkpoint"))
     *         .pageSize(100)
     *         .build();
     * }</pre>
     */
    public static final class Builder {
        private Workspace workspace;
        private Locale locale;
        private Path targetDirectory;
        private DocumentSink sink;
        private Path stagingDirectory;
        private Path checkpointFile;
        private int pageSize = 100;
        private Sleeper sleeper = Sleeper.system();
        private SyncHook hook = SyncHook.NONE;

        private Builder() {
        }

        /** The workspace whose documents to follow (required). */
        public Builder workspace(Workspace workspace) {
            this.workspace = Objects.requireNonNull(workspace, "workspace");
            return this;
        }

        /** The folder to keep the documents in, via {@link DocumentSink#directory(Path)}; created if missing. */
        public Builder targetDirectory(Path directory) {
            this.targetDirectory = Objects.requireNonNull(directory, "directory").toAbsolutePath();
            return this;
        }

        /** The caller's own sink instead of a folder. */
        public Builder sink(DocumentSink sink) {
            this.sink = Objects.requireNonNull(sink, "sink");
            return this;
        }

        /**
         * Where downloads wait for the sink (only with {@link #sink(DocumentSink)}); default: the
         * checkpoint file's folder. Best on the sink's file system, so that it can move files
         * instead of copying them.
         */
        public Builder stagingDirectory(Path directory) {
            this.stagingDirectory = Objects.requireNonNull(directory, "directory").toAbsolutePath();
            return this;
        }

        /** The checkpoint file (required); its folder is created if missing. */
        public Builder checkpointFile(Path file) {
            this.checkpointFile = Objects.requireNonNull(file, "file").toAbsolutePath();
            return this;
        }

        /** Changes and documents per page, 1..200; default 100. */
        public Builder pageSize(int pageSize) {
            if (pageSize < 1 || pageSize > 200) {
                throw new IllegalArgumentException("pageSize must be 1..200: " + pageSize);
            }
            this.pageSize = pageSize;
            return this;
        }

        /** What waits between the runs of {@link DocumentSync#run}; default {@link Sleeper#system()}. */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        /** The language of {@code LocalFileException}s; default the client's. */
        public Builder locale(Locale locale) {
            this.locale = Objects.requireNonNull(locale, "locale");
            return this;
        }

        /** Called at the crash-relevant steps; for tests. */
        Builder hook(SyncHook hook) {
            this.hook = Objects.requireNonNull(hook, "hook");
            return this;
        }

        /**
         * Builds the sync.
         *
         * @throws IllegalStateException when something required is missing, or both a folder and a
         *                               sink are set
         */
        public DocumentSync build() {
            if (workspace == null) {
                throw new IllegalStateException("workspace is required");
            }
            if (checkpointFile == null) {
                throw new IllegalStateException("checkpointFile is required");
            }
            if ((targetDirectory == null) == (sink == null)) {
                throw new IllegalStateException("set exactly one of targetDirectory and sink");
            }
            if (targetDirectory != null && stagingDirectory != null) {
                throw new IllegalStateException("stagingDirectory applies to a sink; a folder stages in itself");
            }
            if (locale == null) {
                locale = workspace.session().locale();
            }
            return new DocumentSync(this);
        }
    }
}
