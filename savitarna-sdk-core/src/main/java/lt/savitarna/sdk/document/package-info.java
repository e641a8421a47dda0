/**
 * Documents of a workspace: {@link lt.savitarna.sdk.document.Documents} lists, reads and downloads
 * them and reads their change feed; {@link lt.savitarna.sdk.document.Document} and
 * {@link lt.savitarna.sdk.document.DocumentFile} describe them, with the forward-compatible values
 * {@link lt.savitarna.sdk.document.DocumentType} and {@link lt.savitarna.sdk.document.DocumentState};
 * {@link lt.savitarna.sdk.document.DocumentQuery} filters a listing,
 * {@link lt.savitarna.sdk.document.DownloadOptions} shapes a download and
 * {@link lt.savitarna.sdk.document.FileNames} makes server file names safe.
 *
 * <pre>{@code
 * Documents docs = session.workspace(representation).documents();
 * docs.list(DocumentQuery.builder().states(DocumentState.AWAITING_SIGNATURE).build())
 *         .forEach(d -> docs.download(d.id(), Path.of("to-sign")));
 * }</pre>
 */
package lt.savitarna.sdk.document;
