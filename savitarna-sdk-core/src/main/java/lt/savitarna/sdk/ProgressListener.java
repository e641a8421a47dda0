package lt.savitarna.sdk;

/**
 * Told how a transfer (a document download or a file upload) advances. It is called often (for
 * every chunk that arrives or leaves), so it must be quick. A download calls it on the
 * downloading thread, and an exception it throws aborts the download (a download to a file keeps
 * its partial file for resuming); an upload calls it on the HTTP client's threads and ignores
 * its exceptions.
 *
 * <!-- sample: WorkspaceTour#progress -->
 * <pre>{@code
 * ProgressListener progress = (bytesSoFar, totalBytes) -> {
 *     if (totalBytes > 0 && bytesSoFar == totalBytes) {
 *         out.println("Downloaded all " + totalBytes + " bytes");
 *     }
 * };
 * DownloadResult invoice = workspace.documents().download(invoiceId, folder,
 *         DownloadOptions.builder().progress(progress).build());
 * }</pre>
 */
@FunctionalInterface
public interface ProgressListener {

    /**
     * Reports progress.
     *
     * @param bytesSoFar bytes transferred so far, including those of an earlier, resumed attempt
     * @param totalBytes the size of the whole transfer, or {@code -1} when it is not known
     */
    void onProgress(long bytesSoFar, long totalBytes);

    /** A listener that ignores everything. */
    static ProgressListener none() {
        return (bytesSoFar, totalBytes) -> { };
    }
}
