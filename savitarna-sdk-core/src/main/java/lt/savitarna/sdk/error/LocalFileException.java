package lt.savitarna.sdk.error;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A local file or folder could not be read or written, e.g. while saving a download or reading a
 * file to upload: the folder is missing or not writable, the disk is full, or the file is locked.
 * The {@linkplain #getCause() cause} is the underlying {@link IOException}. Code
 * {@link ErrorCodes#LOCAL_FILE_ERROR}.
 *
 * <!-- sample: WorkspaceErrors#download-errors -->
 * <pre>{@code
 * try {
 *     DownloadResult file = documents.download(documentId, target, options);
 *     out.println("Saved " + file.file());
 * } catch (ChecksumMismatchException e) {
 *     out.println(e.documentId() + " arrived damaged: SHA-256 " + e.actual() + ", expected " + e.expected());
 * } catch (ReadTimeoutException e) {
 *     out.println("The download stalled for " + e.idleTimeout() + "; the next run resumes it");
 * } catch (LocalFileException e) {
 *     out.println("Cannot write " + e.path() + ": " + e.getCause());
 * }
 * }</pre>
 */
public class LocalFileException extends SavitarnaException {

    private static final long serialVersionUID = 1L;

    private final String path;

    /**
     * Creates the exception.
     *
     * @param path   the file or folder concerned
     * @param locale the language of {@link #getLocalizedMessage()}
     * @param cause  the I/O failure
     */
    public LocalFileException(Path path, Locale locale, IOException cause) {
        super(ErrorCodes.LOCAL_FILE_ERROR, null, locale, cause);
        this.path = String.valueOf(path);
    }

    /** The file or folder concerned. */
    public Path path() {
        return Path.of(path);
    }

    @Override
    Object[] messageArguments() {
        return new Object[] {path};
    }

    @Override
    void technicalDetails(StringBuilder text) {
        if (getCause() != null) {
            text.append("cause ").append(getCause()).append(", ");
        }
    }
}
