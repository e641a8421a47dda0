package lt.savitarna.sdk.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import lt.savitarna.sdk.Money;

/**
 * A document of a workspace: a contract, a contract annex, an invoice, a receipt or another
 * document, with its file's description. The file itself is fetched with
 * {@link Documents#download(String, java.nio.file.Path)} or {@link Documents#open(String)}.
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
 * @param id         the opaque id
 * @param type       the kind of document (forward compatible)
 * @param state      where it stands (forward compatible)
 * @param title      the title
 * @param number     the number printed on it, or {@code null}
 * @param issueDate  the issue date, or {@code null}
 * @param contractId for a contract annex, its contract's id, else {@code null}
 * @param amount     the amount (invoices, receipts), or {@code null}
 * @param file       the file's description
 * @param signable   whether the logged-in person can sign it now
 * @param createdAt  when it was created
 * @param updatedAt  when it last changed
 */
public record Document(String id, DocumentType type, DocumentState state, String title, String number,
                       LocalDate issueDate, String contractId, Money amount, DocumentFile file, boolean signable,
                       Instant createdAt, Instant updatedAt) {

    /** Requires the id, type, state and file. */
    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(file, "file");
    }

    /** The amount, when the document has one. */
    public Optional<Money> amountIfAny() {
        return Optional.ofNullable(amount);
    }
}
