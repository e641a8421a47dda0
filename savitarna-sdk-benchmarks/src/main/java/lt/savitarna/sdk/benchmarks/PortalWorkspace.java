package lt.savitarna.sdk.benchmarks;

import java.time.LocalDate;
import java.util.Locale;
import lt.savitarna.sdk.testkit.sandbox.DemoData;
import lt.savitarna.sdk.testkit.sandbox.SandboxDocument;
import lt.savitarna.sdk.testkit.sandbox.SandboxServer;
import lt.savitarna.sdk.testkit.sandbox.SandboxWorkspace;

/**
 * The workspace the portal benchmarks list: the sandbox's main workspace topped up with invoices
 * (through the testkit's public hooks) until it holds a full page, so a {@code limit=50} page
 * carries exactly {@value #PAGE} documents on both sides.
 *
 * <pre>{@code
 * PortalWorkspace.fill(sandbox); // then list with pageSize(PortalWorkspace.PAGE)
 * }</pre>
 */
final class PortalWorkspace {

    /** The page size the benchmarks ask for and the number of documents each page carries. */
    static final int PAGE = 50;

    private PortalWorkspace() {
    }

    /** Adds invoices to the main workspace until it holds at least {@link #PAGE} documents. */
    static void fill(SandboxServer sandbox) {
        SandboxWorkspace main = sandbox.workspace(DemoData.MAIN_COMPANY_ID, DemoData.MAIN_PARTY_ID);
        LocalDate first = LocalDate.of(2024, 1, 15);
        for (int i = main.documentIds().size(); i < PAGE; i++) {
            main.addDocument(SandboxDocument.builder("INVOICE", "PVM sąskaita faktūra")
                    .number(String.format(Locale.ROOT, "BENCH-%05d", i))
                    .issueDate(first.plusDays(i))
                    .amount(String.format(Locale.ROOT, "%d.%02d", 100 + 7 * i, i % 100))
                    .build());
        }
    }
}
