package lt.savitarna.sdk.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import lt.savitarna.sdk.Money;
import lt.savitarna.sdk.Page;
import lt.savitarna.sdk.ProgressListener;
import lt.savitarna.sdk.SavitarnaClient;
import lt.savitarna.sdk.Session;
import lt.savitarna.sdk.SessionState;
import lt.savitarna.sdk.Workspace;
import lt.savitarna.sdk.account.Representation;
import lt.savitarna.sdk.document.Document;
import lt.savitarna.sdk.document.DocumentType;
import lt.savitarna.sdk.document.DownloadOptions;
import lt.savitarna.sdk.document.DownloadResult;
import lt.savitarna.sdk.loyalty.Offer;
import lt.savitarna.sdk.testkit.sandbox.DemoData;

/**
 * A tour of the basics: log in, see what the session allows, walk the lazily paged list of
 * representations, open the workspace of one farm, count its invoices, price an offer and
 * download a document with a progress listener.
 *
 * <p>It starts an embedded sandbox and uses its demo customer and the demo farm ŽŪB „Javų laukas“.
 *
 * <pre>{@code
 * mvn -q -Pdemo -DskipTests verify -Ddemo.mainClass=lt.savitarna.sdk.examples.WorkspaceTour
 * }</pre>
 */
public final class WorkspaceTour {

    private WorkspaceTour() {
    }

    public static void main(String[] args) throws IOException {
        try (ExamplePortal portal = ExamplePortal.fromArguments(new String[0])) {
            run(portal, Files.createTempDirectory("tour-"));
        }
    }

    /** The whole program; downloads one invoice into {@code folder} and returns it. */
    static Path run(ExamplePortal portal, Path folder) {
        PrintStream out = portal.out();
        String email = portal.email();
        char[] password = portal.password();
        try {
            // @start region=client-session-workspace
            try (SavitarnaClient client = SavitarnaClient.builder()
                         .baseUri(portal.baseUri()) // @replace regex="portal.baseUri\(\)" replacement="URI.create(\"https://savitarna.agrokoncernas.lt\")"
                         .locale(Locale.forLanguageTag("lt"))
                         .build();
                 Session session = client.login(email, password)) {
                if (session.state() == SessionState.IDENTITY_UNCONFIRMED) {
                    throw new IllegalStateException("confirm the identity with Smart-ID or Mobile-ID first");
                }
                for (Representation representation : session.representations()) {
                    Workspace workspace = session.workspace(representation);
                    out.println("Workspace " + workspace.companyId() + " × " + workspace.partyId());
                }
                return explore(session, folder, out); // @replace regex="return explore.*" replacement="// ...work in the workspaces"
            }
            // @end
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
    }

    private static Path explore(Session session, Path folder, PrintStream out) {
        // @start region=session-state
        String next = switch (session.state()) {
            case IDENTITY_UNCONFIRMED -> "confirm the identity with Smart-ID or Mobile-ID";
            case IDENTITY_CONFIRMED -> "choose a company and a party to work for";
            case CLOSED -> "log in again";
        };
        out.println("Session " + session.state() + ": " + next);
        // @end

        // @start region=paged-list
        // The next page is fetched when the loop reaches it.
        for (Representation representation : session.representations()) {
            out.println("  " + representation.company().name() + " × " + representation.party().name());
        }
        // As a stream, only the pages up to the first match are fetched.
        Optional<Representation> farm = session.representations().stream()
                .filter(r -> r.party().name().contains("Javų laukas")).findFirst();
        // @end

        // @start region=pages
        for (Page<Representation> page : session.representations(2).byPage()) {
            out.println("A page of " + page.items().size() + " representation(s), more to come: " + page.hasNext());
        }
        // @end

        // @start region=workspace
        Workspace workspace = session.workspace(farm.orElseThrow());
        Offer fertiliser = workspace.loyalty().offer(DemoData.FERTILISER_OFFER_ID); // @replace regex="DemoData.FERTILISER_OFFER_ID" replacement="offerId"
        out.println(workspace.documents().list().stream().count() + " documents; " + fertiliser.title() + " "
                + fertiliser.price() + " per " + fertiliser.unit());
        // @end

        // @start region=open-value
        int invoices = 0;
        for (Document document : workspace.documents().list()) {
            DocumentType type = document.type();
            if (DocumentType.INVOICE.equals(type)) {
                invoices++;
            } else if (!type.isKnown()) {
                out.println("A document type this SDK does not know yet: " + type.value());
            }
        }
        // @end
        out.println(invoices + " invoices");

        // @start region=money
        BigDecimal tonnes = new BigDecimal("2.5");
        Money price = fertiliser.price();
        BigDecimal total = price.amount().multiply(tonnes);
        out.println(tonnes + " " + fertiliser.unit() + " at " + price + " cost "
                + total.toPlainString() + " " + price.currency().getCurrencyCode());
        // @end

        // @start region=progress
        ProgressListener progress = (bytesSoFar, totalBytes) -> {
            if (totalBytes > 0 && bytesSoFar == totalBytes) {
                out.println("Downloaded all " + totalBytes + " bytes");
            }
        };
        DownloadResult invoice = workspace.documents().download(DemoData.LATEST_INVOICE_ID, folder, // @replace regex="DemoData.LATEST_INVOICE_ID" replacement="invoiceId"
                DownloadOptions.builder().progress(progress).build());
        // @end
        return invoice.file();
    }
}
