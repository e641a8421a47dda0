/**
 * Documents of a workspace: {@link lt.savitarna.sdk.document.Documents} lists, reads and downloads
 * them and reads their change feed; {@link lt.savitarna.sdk.document.Document} and
 * {@link lt.savitarna.sdk.document.DocumentFile} describe them, with the forward-compatible values
 * {@link lt.savitarna.sdk.document.DocumentType} and {@link lt.savitarna.sdk.document.DocumentState};
 * {@link lt.savitarna.sdk.document.DocumentQuery} filters a listing,
 * {@link lt.savitarna.sdk.document.DownloadOptions} shapes a download and
 * {@link lt.savitarna.sdk.document.FileNames} makes server file names safe.
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
 */
package lt.savitarna.sdk.document;
