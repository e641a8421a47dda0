package lt.savitarna.sdk.document;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import lt.savitarna.sdk.PagedIterable;
import lt.savitarna.sdk.signature.SignatureProvider;
import lt.savitarna.sdk.signature.SignerIdentity;
import lt.savitarna.sdk.signature.SigningListener;

/**
 * The documents of one workspace: contracts, contract annexes, invoices, receipts and others.
 * Get it from {@code workspace.documents()}; thread-safe.
 *
 * <p>Every call needs a confirmed identity: before the person confirms it with Smart-ID or
 * Mobile-ID, the portal answers {@code 403 IDENTITY_NOT_CONFIRMED}, thrown as
 * {@link lt.savitarna.sdk.error.IdentityNotConfirmedException} (also from the iteration of a
 * list), and the session's state becomes {@code IDENTITY_UNCONFIRMED}. The SDK does not refuse
 * these calls by itself: the identity may have been confirmed in another session, and the portal
 * is the judge.
 *
 * <p>Downloads stream in constant memory, check the file's SHA-256 against the portal's, report
 * progress, and never leave a half-written file under the final name: the bytes go to
 * {@code <name>.part} beside it, which is moved into place only when complete and verified. An
 * interrupted download continues with an HTTP range request: automatically within the client's
 * retry policy, and in a later call from the kept {@code .part} file. A read that stalls longer
 * than the client's attempt timeout fails instead of hanging.
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
public interface Documents {

    /** All documents, newest first, 50 per page, fetched lazily. */
    PagedIterable<Document> list();

    /** The documents that match the query, newest first, fetched lazily. */
    PagedIterable<Document> list(DocumentQuery query);

    /**
     * One document's metadata.
     *
     * @throws lt.savitarna.sdk.error.NotFoundException no such document in this workspace
     */
    Document get(String documentId);

    /** The annexes of a contract, oldest first, fetched lazily; empty for a document that is not a contract. */
    PagedIterable<Document> annexes(String contractId);

    /** Same as {@link #download(String, Path, DownloadOptions)} with the defaults. */
    DownloadResult download(String documentId, Path target);

    /**
     * Downloads the document's file.
     *
     * @param target a file path, or an existing directory: then the file is named after the
     *               document's file name, {@linkplain DocumentFile#safeFileName() made safe}
     * @return where the file is, with its size and checksum
     * @throws lt.savitarna.sdk.error.ChecksumMismatchException the bytes do not match the portal's
     *         checksum; nothing is left at the destination
     * @throws lt.savitarna.sdk.error.ReadTimeoutException the body stalled, also after the resumptions
     *         the retry policy allowed; the {@code .part} file is kept (unless resume is off)
     * @throws lt.savitarna.sdk.error.LocalFileException the file could not be written
     */
    DownloadResult download(String documentId, Path target, DownloadOptions options);

    /** Same as {@link #download(String, OutputStream, DownloadOptions)} with the defaults. */
    long download(String documentId, OutputStream out);

    /**
     * Writes the document's file to a stream, which stays open. An interrupted body is continued
     * with a range request when the portal still has the same file; the checksum is checked at
     * the end, when the bytes are already written: on a
     * {@link lt.savitarna.sdk.error.ChecksumMismatchException} the caller must discard them.
     * {@link DownloadOptions#resume()} and {@link DownloadOptions#overwrite()} do not apply.
     *
     * @return the number of bytes written
     */
    long download(String documentId, OutputStream out, DownloadOptions options);

    /**
     * Opens the document's file as a stream; the caller must close it. Reading it blocks no
     * longer than the attempt timeout per read ({@link lt.savitarna.sdk.error.ReadTimeoutException}
     * otherwise); at its end the checksum is checked, and a mismatch is thrown from that last
     * {@code read} as {@link lt.savitarna.sdk.error.ChecksumMismatchException}. A connection that
     * breaks off mid-body is thrown as {@link lt.savitarna.sdk.error.TransportException}. There is
     * no resumption: use {@link #download(String, Path)} for that.
     */
    InputStream open(String documentId);

    /** The change feed from {@code cursor} ({@code null}: the oldest change kept), 50 changes at most. */
    DocumentChangePage changes(String cursor);

    /**
     * The change feed from {@code cursor}, for keeping another system in sync; see
     * {@code lt.savitarna.sdk.sync.DocumentSync} for a complete, crash-safe follower.
     *
     * @param cursor a {@link DocumentChangePage#nextCursor()} stored earlier, or {@code null} for the
     *               oldest change the portal keeps
     * @param limit  changes per page, 1..200
     * @throws lt.savitarna.sdk.error.CursorExpiredException the cursor is older than the portal keeps
     *         changes: resynchronise from a full {@link #list()}
     */
    DocumentChangePage changes(String cursor, int limit);

    /**
     * Signs a contract or annex awaiting signature, in two steps: the provider fetches the
     * signer's signing certificate, the portal prepares the signature with it and answers the
     * digest, the provider signs that digest (the listener gets the verification code: show it, the
     * person compares it with the phone before entering the PIN), and the portal finalises the
     * container. If anything ends the flow after the portal prepared the signature (refusal,
     * timeout, the portal's expiry, an interrupt), the pending signature is cancelled
     * ({@code DELETE}) before the failure is thrown.
     *
     * <!-- sample: ContractSigningQueue#sign-each -->
     * <pre>{@code
     * try {
     *     SignedDocument done = documents.sign(document.id(), smartId, signer, showCodes);
     *     // an annex's number (SUT-2026-0142/1) is kept whole: sanitize keeps only what follows a '/'
     *     String name = FileNames.sanitize(document.number().replace('/', '-') + ".asice");
     *     Path container = folder.resolve(name);
     *     documents.downloadSignedContainer(done.document().id(), container);
     *     out.println("  " + done.document().state() + ", saved as " + container.getFileName());
     *     signed++;
     * } catch (SavitarnaException refused) {
     *     out.println("  not signed: " + refused.getLocalizedMessage()); // the next one is still offered
     * }
     * }</pre>
     *
     * @param documentId the contract or annex
     * @param provider   Smart-ID, Mobile-ID or another signature provider
     * @param signer     who signs; must be the person whose identity this account confirmed
     * @param listener   progress; {@link SigningListener#none()} for none
     * @return the signature's id and the signed document
     * @throws lt.savitarna.sdk.error.DocumentNotSignableException the document is not awaiting a signature
     * @throws lt.savitarna.sdk.error.EsignatureRejectedException  the portal rejected the certificate or value
     * @throws lt.savitarna.sdk.signature.SigningException        the provider failed (refused, timeout, ...)
     */
    SignedDocument sign(String documentId, SignatureProvider provider, SignerIdentity signer,
                        SigningListener listener);

    /**
     * {@link #sign} as a future: the short portal calls run on worker threads, and the waits for
     * the person are the provider's own futures, so Smart-ID and Mobile-ID hold no thread while the
     * person answers. {@code cancel(true)} on the future stops the provider's polling and cancels
     * the portal's pending signature.
     *
     * <!-- sample: ContractSigningDialog#sign-in-background -->
     * <pre>{@code
     * CompletableFuture<SignedDocument> pending = documents.signAsync(contract.id(), smartId, signer, dialog);
     * pending.whenComplete((signed, failure) -> dialog.close()); // signed or failed: nothing more to show
     * dialog.awaitClosed();
     * pending.cancel(true); // if still signing: stops waiting for Smart-ID, cancels the pending signature
     * }</pre>
     *
     * @return the future result; it fails with what {@link #sign} throws
     */
    CompletableFuture<SignedDocument> signAsync(String documentId, SignatureProvider provider, SignerIdentity signer,
                                                SigningListener listener);

    /**
     * Downloads the signed container ({@code application/vnd.etsi.asic-e+zip}: the document and
     * its XAdES signatures) to {@code target}, replacing it atomically.
     *
     * <!-- sample: ContractSigningQueue#save-container -->
     * <pre>{@code
     * // an annex's number (SUT-2026-0142/1) is kept whole: sanitize keeps only what follows a '/'
     * String name = FileNames.sanitize(document.number().replace('/', '-') + ".asice");
     * Path container = folder.resolve(name);
     * documents.downloadSignedContainer(done.document().id(), container);
     * }</pre>
     *
     * @return the number of bytes written
     * @throws lt.savitarna.sdk.error.DocumentNotSignedException there is no signed container yet
     */
    long downloadSignedContainer(String documentId, Path target);

    /**
     * As {@link #downloadSignedContainer(String, Path)}, into a stream (left open).
     *
     * @return the number of bytes written
     */
    long downloadSignedContainer(String documentId, OutputStream out);
}
