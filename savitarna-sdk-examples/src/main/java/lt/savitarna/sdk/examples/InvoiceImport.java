package lt.savitarna.sdk.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import lt.savitarna.sdk.SavitarnaClient;
import lt.savitarna.sdk.Session;
import lt.savitarna.sdk.Workspace;
import lt.savitarna.sdk.account.Representation;
import lt.savitarna.sdk.document.Document;
import lt.savitarna.sdk.document.DocumentQuery;
import lt.savitarna.sdk.document.DocumentType;
import lt.savitarna.sdk.document.Documents;
import lt.savitarna.sdk.document.DownloadOptions;
import lt.savitarna.sdk.document.DownloadResult;

/**
 * ERP invoice import: this month's invoices of every party the user represents, downloaded into
 * a folder per workspace with their SHA-256 verified, showing a progress bar.
 *
 * <pre>{@code
 * mvn -q -Pdemo -DskipTests verify -Ddemo.mainClass=lt.savitarna.sdk.examples.InvoiceImport
 * }</pre>
 */
public final class InvoiceImport {

    private InvoiceImport() {
    }

    public static void main(String[] args) throws IOException {
        try (ExamplePortal portal = ExamplePortal.fromArguments(args)) {
            run(portal, Files.createTempDirectory("invoices-"));
        }
    }

    static int run(ExamplePortal portal, Path inbox) {
        PrintStream out = portal.out();
        int imported = 0;
        try (SavitarnaClient client = portal.client("invoice-import-example");
             Session session = portal.login(client)) {
            LocalDate today = LocalDate.now();
            // @start region=this-months-invoices
            DocumentQuery thisMonth = DocumentQuery.builder()
                    .types(DocumentType.INVOICE)
                    .from(today.withDayOfMonth(1))
                    .to(today)
                    .build();
            // @end
            for (Representation representation : session.representations()) {
                Workspace workspace = session.workspace(representation);
                out.printf("%s × %s:%n", representation.company().name(), representation.party().name());
                Path folder = createFolder(inbox.resolve(representation.companyId()).resolve(representation.partyId()));
                // @start region=download-invoices
                Documents documents = workspace.documents();
                for (Document invoice : documents.list(thisMonth)) {
                    // @start region=download-options
                    DownloadOptions options = DownloadOptions.builder()
                            .progress(new ProgressBar(out, invoice.number()))
                            .expectedSha256(invoice.file().sha256()) // the listing's checksum must match too
                            // The default, spelled out: the ERP takes the file over, so it must be on
                            // disk when download returns; false suits a cache that can be fetched again.
                            .forceToDisk(true)
                            .build();
                    // @end
                    DownloadResult saved = documents.download(invoice.id(), folder, options);
                    out.printf("  ✓ %s %s → %s (SHA-256 %s…)%n", invoice.number(),
                            invoice.amountIfAny().map(Object::toString).orElse(""),
                            saved.file().getFileName(), saved.sha256().substring(0, 12));
                    imported++;
                }
                // @end
            }
        }
        out.println("Imported " + imported + " invoice(s) into " + inbox);
        return imported;
    }

    /** An existing folder makes {@code download} keep the portal's (sanitised) file name. */
    private static Path createFolder(Path folder) {
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
