package lt.savitarna.sdk.error;

import java.time.Duration;
import java.util.Locale;

/**
 * A streamed body (a document download) stopped arriving: one read waited longer than the
 * client's attempt timeout, after every resumption the retry policy allowed. A download to a file
 * keeps its partial {@code .part} file, so calling it again continues where it stopped.
 * Code {@link ErrorCodes#READ_TIMEOUT}.
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
public class ReadTimeoutException extends TransportException {

    private static final long serialVersionUID = 1L;

    private final Duration idleTimeout;

    /**
     * Creates the exception.
     *
     * @param requestId   the request id of the download
     * @param attempts    how many attempts were made
     * @param idleTimeout how long a read may block
     * @param locale      the language of {@link #getLocalizedMessage()}
     * @param cause       the stalled read
     */
    public ReadTimeoutException(String requestId, int attempts, Duration idleTimeout, Locale locale,
                                Throwable cause) {
        super(ErrorCodes.READ_TIMEOUT, requestId, attempts, locale, cause);
        this.idleTimeout = idleTimeout;
    }

    /** How long one read was allowed to block. */
    public Duration idleTimeout() {
        return idleTimeout;
    }

    @Override
    void technicalDetails(StringBuilder text) {
        text.append("idle timeout ").append(idleTimeout).append(", ");
        super.technicalDetails(text);
    }
}
