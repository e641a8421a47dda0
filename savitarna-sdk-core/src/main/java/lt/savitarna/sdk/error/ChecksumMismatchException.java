package lt.savitarna.sdk.error;

import java.util.Locale;

/**
 * A downloaded file's SHA-256 differs from the checksum the portal gave for it, so the file is
 * damaged or changed while it was being read. A download to a file leaves nothing at the
 * destination (and no partial file to resume from); a download to a stream has already written
 * the bytes, which the caller must discard. Trying again usually helps.
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
public class ChecksumMismatchException extends SavitarnaException {

    private static final long serialVersionUID = 1L;

    private final String documentId;
    private final String expected;
    private final String actual;

    /**
     * Creates the exception.
     *
     * @param documentId the document whose file was downloaded
     * @param expected   the portal's lower-case hex SHA-256
     * @param actual     the lower-case hex SHA-256 of the bytes received
     * @param requestId  the request id of the download
     * @param locale     the language of {@link #getLocalizedMessage()}
     */
    public ChecksumMismatchException(String documentId, String expected, String actual, String requestId,
                                     Locale locale) {
        super(ErrorCodes.CHECKSUM_MISMATCH, requestId, locale, null);
        this.documentId = documentId;
        this.expected = expected;
        this.actual = actual;
    }

    /** The document whose file was downloaded. */
    public String documentId() {
        return documentId;
    }

    /** The portal's checksum (lower-case hex SHA-256). */
    public String expected() {
        return expected;
    }

    /** The checksum of the bytes received (lower-case hex SHA-256). */
    public String actual() {
        return actual;
    }

    @Override
    void technicalDetails(StringBuilder text) {
        text.append("document ").append(documentId).append(", expected sha256 ").append(expected)
                .append(", actual ").append(actual).append(", ");
    }
}
