package lt.savitarna.sdk.sync;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import lt.savitarna.sdk.document.Document;
import lt.savitarna.sdk.internal.io.DurableFiles;

/**
 * The folder sink of {@link DocumentSink#directory(Path)}. It keeps an index of its own files
 * (those named {@code <id key>__<name>}) by document, read from the folder at the start of each
 * run, so that finding an earlier file of a document does not list the folder again.
 */
final class DirectorySink implements DocumentSink {

    static final String SEPARATOR = "__";

    private final Path directory;
    private Map<String, Set<String>> index;

    DirectorySink(Path directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    Path directory() {
        return directory;
    }

    /** Forgets the index: the folder may have changed between runs. */
    void reset() {
        index = null;
    }

    @Override
    public boolean holds(Document document) {
        String name = DocumentSync.fileName(document);
        Set<String> files = index().getOrDefault(DocumentSync.idKey(document.id()), Set.of());
        if (!files.equals(Set.of(name)) || document.file().sha256() == null) {
            return false;
        }
        Path file = directory.resolve(name);
        try {
            return Files.size(file) == document.file().size() && sha256(file).equals(document.file().sha256());
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void store(Document document, Path verifiedFile) {
        String name = DocumentSync.fileName(document);
        String key = DocumentSync.idKey(document.id());
        try {
            DurableFiles.moveAtomically(verifiedFile, directory.resolve(name), true);
            Set<String> files = index().computeIfAbsent(key, k -> new HashSet<>());
            files.add(name);
            for (String other : Set.copyOf(files)) {
                if (!other.equals(name)) {
                    Files.deleteIfExists(directory.resolve(other));
                    files.remove(other);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void delete(String documentId) {
        Set<String> files = index().remove(DocumentSync.idKey(documentId));
        if (files == null) {
            return;
        }
        try {
            for (String name : files) {
                Files.deleteIfExists(directory.resolve(name));
            }
            DurableFiles.fsyncDirectory(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void retainOnly(Set<String> documentIds) {
        Set<String> keep = new HashSet<>();
        documentIds.forEach(id -> keep.add(DocumentSync.idKey(id)));
        try {
            for (String key : Set.copyOf(index().keySet())) {
                if (!keep.contains(key)) {
                    for (String name : index().remove(key)) {
                        Files.deleteIfExists(directory.resolve(name));
                    }
                }
            }
            DurableFiles.fsyncDirectory(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, Set<String>> index() {
        if (index == null) {
            Map<String, Set<String>> files = new HashMap<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
                for (Path entry : entries) {
                    String name = entry.getFileName().toString();
                    int separator = name.indexOf(SEPARATOR);
                    if (separator > 0 && !name.startsWith(".") && Files.isRegularFile(entry)) {
                        files.computeIfAbsent(name.substring(0, separator), k -> new HashSet<>()).add(name);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            index = files;
        }
        return index;
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] buf = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buf)) >= 0; ) {
                sha.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
