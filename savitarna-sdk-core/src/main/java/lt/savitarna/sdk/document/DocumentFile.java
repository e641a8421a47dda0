package lt.savitarna.sdk.document;

import java.util.Objects;

/**
 * The file of a document as the portal describes it.
 *
 * <!-- sample: DocumentChangeFeed#store-file -->
 * <pre>{@code
 * DocumentFile file = document.file();
 * Path target = folder.resolve(file.safeFileName());
 * try (InputStream in = documents.open(document.id())) {
 *     // the SHA-256 is checked at the end of the stream: a damaged file fails the last read
 *     Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
 * }
 * out.printf("  %s %s (%s, %,d B)%n", document.type(), target.getFileName(), file.mediaType(), file.size());
 * }</pre>
 *
 * @param name      the file name as the portal gives it; use {@link #safeFileName()} on a file system
 * @param mediaType the real media type, e.g. {@code application/pdf}
 * @param size      the size in bytes
 * @param sha256    the lower-case hex SHA-256 of the whole file
 */
public record DocumentFile(String name, String mediaType, long size, String sha256) {

    /** Requires a name. */
    public DocumentFile {
        Objects.requireNonNull(name, "name");
    }

    /** The name made safe for any file system; see {@link FileNames#sanitize(String)}. */
    public String safeFileName() {
        return FileNames.sanitize(name);
    }
}
