package lt.savitarna.sdk.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import lt.savitarna.sdk.SavitarnaClient;
import lt.savitarna.sdk.Session;
import lt.savitarna.sdk.Workspace;
import lt.savitarna.sdk.document.Document;
import lt.savitarna.sdk.document.DocumentChangePage;
import lt.savitarna.sdk.document.Documents;
import lt.savitarna.sdk.document.DownloadOptions;
import lt.savitarna.sdk.document.DownloadResult;
import lt.savitarna.sdk.error.AccessDeniedException;
import lt.savitarna.sdk.error.ChecksumMismatchException;
import lt.savitarna.sdk.error.CursorExpiredException;
import lt.savitarna.sdk.error.FileTooLargeException;
import lt.savitarna.sdk.error.HelpRequestClosedException;
import lt.savitarna.sdk.error.IdempotencyConflictException;
import lt.savitarna.sdk.error.LocalFileException;
import lt.savitarna.sdk.error.NotAMemberException;
import lt.savitarna.sdk.error.NotFoundException;
import lt.savitarna.sdk.error.OfferExpiredException;
import lt.savitarna.sdk.error.OrderNotCancellableException;
import lt.savitarna.sdk.error.QuantityOutOfRangeException;
import lt.savitarna.sdk.error.ReadTimeoutException;
import lt.savitarna.sdk.error.UnsupportedMediaTypeException;
import lt.savitarna.sdk.error.ValidationException;
import lt.savitarna.sdk.help.Help;
import lt.savitarna.sdk.help.HelpQuestion;
import lt.savitarna.sdk.help.HelpRequest;
import lt.savitarna.sdk.help.Upload;
import lt.savitarna.sdk.loyalty.Loyalty;
import lt.savitarna.sdk.loyalty.Order;
import lt.savitarna.sdk.testkit.sandbox.DemoData;
import lt.savitarna.sdk.testkit.sandbox.SandboxFault;
import lt.savitarna.sdk.testkit.sandbox.SandboxServer;
import lt.savitarna.sdk.testkit.sandbox.SandboxWorkspace;

/**
 * What to do when work in a workspace is refused: a document that is not there, a party the
 * person does not represent, a loyalty order that cannot be placed or cancelled, a help request
 * that is closed, a file the help desk does not accept, a change-feed cursor that is too old, and
 * a download that arrives damaged or cannot be written.
 *
 * <p>It starts an embedded sandbox and works as its demo customer in the demo farm ŽŪB „Javų
 * laukas“ (a Žemyna club member) and in his own workspace (not a member yet).
 *
 * <pre>{@code
 * mvn -q -Pdemo -DskipTests verify -Ddemo.mainClass=lt.savitarna.sdk.examples.WorkspaceErrors
 * }</pre>
 */
public final class WorkspaceErrors {

    private WorkspaceErrors() {
    }

    public static void main(String[] args) throws IOException {
        try (ExamplePortal portal = ExamplePortal.fromArguments(new String[0])) {
            run(portal, Files.createTempDirectory("workspace-errors-"));
        }
    }

    /** The whole program; writes its files into {@code folder}. */
    static void run(ExamplePortal portal, Path folder) {
        PrintStream out = portal.out();
        SandboxServer sandbox = portal.sandbox().orElseThrow();
        try (SavitarnaClient client = portal.client("workspace-errors-example");
             Session session = portal.login(client)) {
            Workspace farm = session.workspace(DemoData.MAIN_COMPANY_ID, DemoData.MAIN_PARTY_ID);
            Documents documents = farm.documents();

            out.println("1. A document that is not there: "
                    + findDocument(documents, "doc_no_such_document").map(Document::title).orElse("none"));

            out.println("2. A party the person no longer represents:");
            // The sandbox plays a representation withdrawn after the login: the portal refuses its workspace.
            sandbox.faults().add(SandboxFault.on("GET", ".*/parties/" + DemoData.MAIN_PARTY_ID + "/documents").status(403));
            listDocuments(farm, out);

            out.println("3. Ordering in a workspace that is not a Žemyna club member yet:");
            Workspace own = session.workspace(DemoData.AGROKONCERNAS_ID, DemoData.JONAS_PARTY_ID);
            orderJoiningFirst(own.loyalty(), DemoData.FERTILISER_OFFER_ID, BigDecimal.ONE, out);

            out.println("4. Orders the portal refuses:");
            order(farm.loyalty(), DemoData.EXPIRED_OFFER_ID, BigDecimal.ONE, out);
            order(farm.loyalty(), DemoData.LOW_STOCK_OFFER_ID, new BigDecimal("5"), out);

            out.println("5. Cancelling an order that is already confirmed:");
            cancel(farm.loyalty(), DemoData.CONFIRMED_ORDER_ID, out);

            out.println("6. The same idempotency key for another order:");
            orderOnce(farm.loyalty(), DemoData.FERTILISER_OFFER_ID, BigDecimal.ONE, "erp-order-7001", out);
            orderOnce(farm.loyalty(), DemoData.FERTILISER_OFFER_ID, new BigDecimal("2"), "erp-order-7001", out);

            out.println("7. Replying to a closed help request:");
            reply(farm.help(), DemoData.CLOSED_HELP_REQUEST_ID, "Ar galite atsiųsti sąskaitą dar kartą?", out);

            out.println("8. Attaching a file the help desk does not accept:");
            Path notes = write(folder.resolve("pastabos.txt"), "Laukas Nr. 12: 48,3 ha");
            attach(farm.help(), DemoData.ANSWERED_HELP_REQUEST_ID, notes, out);

            out.println("9. Following the change feed from a cursor the portal no longer keeps:");
            String cursor = documents.changes(null, 1).nextCursor(); // saved after the first change
            SandboxWorkspace sandboxFarm = sandbox.workspace(DemoData.MAIN_COMPANY_ID, DemoData.MAIN_PARTY_ID);
            sandboxFarm.expireChangesThrough(sandboxFarm.lastChangeSequence());
            followChanges(documents, cursor, out);

            out.println("10. A download that arrives different from what was expected:");
            DownloadOptions expected = DownloadOptions.builder().expectedSha256("0".repeat(64)).build();
            download(documents, DemoData.LATEST_INVOICE_ID, folder, expected, out);

            out.println("11. A download into a folder that cannot be created:");
            Path notAFolder = write(folder.resolve("archyvas"), "a file, not a folder");
            download(documents, DemoData.LATEST_INVOICE_ID, notAFolder.resolve("saskaita.pdf"),
                    DownloadOptions.defaults(), out);
        }
    }

    // @start region=not-found
    static Optional<Document> findDocument(Documents documents, String documentId) {
        try {
            return Optional.of(documents.get(documentId));
        } catch (NotFoundException e) {
            return Optional.empty(); // deleted, or it never belonged to this workspace
        }
    }
    // @end

    private static void listDocuments(Workspace workspace, PrintStream out) {
        // @start region=access-denied
        try {
            workspace.documents().list().forEach(document -> out.println(document.title()));
        } catch (AccessDeniedException e) {
            out.println(e.getLocalizedMessage()); // the person does not represent this party (any more)
        }
        // @end
    }

    private static void orderJoiningFirst(Loyalty loyalty, String offerId, BigDecimal quantity, PrintStream out) {
        // @start region=not-a-member
        Order order;
        try {
            order = loyalty.order(offerId, quantity);
        } catch (NotAMemberException e) {
            out.println(e.getLocalizedMessage());
            loyalty.join(true); // true: the person accepted the Žemyna club's rules
            order = loyalty.order(offerId, quantity);
        }
        // @end
        out.println("Ordered " + order.quantity() + " " + order.unit() + " of " + order.offerTitle());
    }

    private static void order(Loyalty loyalty, String offerId, BigDecimal quantity, PrintStream out) {
        // @start region=order-refused
        try {
            Order order = loyalty.order(offerId, quantity);
            out.println("Ordered: " + order.state());
        } catch (OfferExpiredException e) {
            out.println(e.getLocalizedMessage()); // show the current offers again
        } catch (QuantityOutOfRangeException e) {
            e.fieldError("quantity").ifPresent(error -> out.println("quantity: " + error.message()));
        }
        // @end
    }

    private static void cancel(Loyalty loyalty, String orderId, PrintStream out) {
        // @start region=cancel
        try {
            Order cancelled = loyalty.cancel(orderId, "Užsakyta per klaidą");
            out.println("Order " + cancelled.id() + " is " + cancelled.state());
        } catch (OrderNotCancellableException e) {
            out.println(e.getLocalizedMessage()); // already confirmed or delivered: call the sales office
        }
        // @end
    }

    private static void orderOnce(Loyalty loyalty, String offerId, BigDecimal quantity, String idempotencyKey,
                                  PrintStream out) {
        // @start region=idempotency
        try {
            // The key of the ERP's order: sending it again (after a crash, say) cannot order twice.
            Order order = loyalty.order(offerId, quantity, idempotencyKey);
            out.println("Order " + order.id() + ": " + order.quantity() + " " + order.unit());
        } catch (IdempotencyConflictException e) {
            // The key was already used for an order with other values: a bug to fix, not to retry.
            out.println(e.getLocalizedMessage());
        }
        // @end
    }

    private static void reply(Help help, String requestId, String text, PrintStream out) {
        // @start region=help-closed
        try {
            help.reply(requestId, text);
        } catch (HelpRequestClosedException e) {
            HelpRequest earlier = help.request(requestId);
            HelpRequest fresh = help.ask(HelpQuestion.of(earlier.topic(), text));
            out.println(e.getLocalizedMessage() + " Asked again: " + fresh.id());
        }
        // @end
    }

    private static void attach(Help help, String requestId, Path file, PrintStream out) {
        // @start region=upload-refused
        try {
            help.attach(requestId, Upload.of(file));
        } catch (FileTooLargeException | UnsupportedMediaTypeException e) {
            out.println(e.getLocalizedMessage()); // the portal's own check, when its limits are stricter
        } catch (ValidationException e) {
            out.println(e.getLocalizedMessage()); // found before sending: names the size limit and file types
        }
        // @end
    }

    private static void followChanges(Documents documents, String cursor, PrintStream out) {
        // @start region=cursor-expired
        try {
            DocumentChangePage changes = documents.changes(cursor);
            out.println(changes.items().size() + " change(s) since the last run");
        } catch (CursorExpiredException e) {
            // The portal no longer keeps changes that old: import the whole list again.
            long count = documents.list().stream().count();
            out.println(e.getLocalizedMessage() + " Imported all " + count + " documents again.");
        }
        // @end
    }

    private static void download(Documents documents, String documentId, Path target, DownloadOptions options,
                                 PrintStream out) {
        // @start region=download-errors
        try {
            DownloadResult file = documents.download(documentId, target, options);
            out.println("Saved " + file.file());
        } catch (ChecksumMismatchException e) {
            out.println(e.documentId() + " arrived damaged: SHA-256 " + e.actual() + ", expected " + e.expected());
        } catch (ReadTimeoutException e) {
            out.println("The download stalled for " + e.idleTimeout() + "; the next run resumes it");
        } catch (LocalFileException e) {
            out.println("Cannot write " + e.path() + ": " + e.getCause());
        }
        // @end
    }

    private static Path write(Path file, String text) {
        try {
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
