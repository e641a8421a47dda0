package lt.savitarna.sdk.document;

import java.util.Objects;

/**
 * The file of a document as the portal describes it.
 *
 * <pre>{@code
 * DocumentFile f = document.file();
 * Path target = folder.resolve(f.safeFileName());
 * System.out.println(f.mediaType() + ", " + f.size() + " bytes, sha256 " + f.sha256());
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
