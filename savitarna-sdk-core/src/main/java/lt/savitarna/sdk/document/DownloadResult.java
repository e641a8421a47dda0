package lt.savitarna.sdk.document;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A finished, verified download to a file.
 *
 * <!-- sample: InvoiceImport#download-invoices -->
 * <pre>{@code
 * Documents documents = workspace.documents();
 * for (Document invoice : documents.list(thisMonth)) {
 *     DownloadOptions options = DownloadOptions.builder()
 *             .progress(new ProgressBar(out, invoice.number()))
 *             .expectedSha256(invoice.file().sha256()) // the listing's checksum must match too
 *             // The default, spelled out: the ERP takes the file over, so it must be on
 *             // disk when download returns; false suits a cache that can be fetched again.
 *             .forceToDisk(true)
 *             .build();
 *     DownloadResult saved = documents.download(invoice.id(), folder, options);
 *     out.printf("  ✓ %s %s → %s (SHA-256 %s…)%n", invoice.number(),
 *             invoice.amountIfAny().map(Object::toString).orElse(""),
 *             saved.file().getFileName(), saved.sha256().substring(0, 12));
 *     imported++;
 * }
 * }</pre>
 *
 * @param file        where the file now is
 * @param size        its size in bytes
 * @param sha256      its lower-case hex SHA-256, equal to the portal's
 * @param resumedFrom the offset an earlier partial download was continued from; 0 when the file was
 *                    downloaded from the first byte
 */
public record DownloadResult(Path file, long size, String sha256, long resumedFrom) {

    /** Requires the file and the checksum. */
    public DownloadResult {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sha256, "sha256");
    }

    /** Whether a partial download was continued rather than started over. */
    public boolean resumed() {
        return resumedFrom > 0;
    }
}
