package lt.savitarna.sdk.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import lt.savitarna.sdk.SavitarnaClient;
import lt.savitarna.sdk.Session;
import lt.savitarna.sdk.document.Document;
import lt.savitarna.sdk.document.DocumentChange;
import lt.savitarna.sdk.document.DocumentChangePage;
import lt.savitarna.sdk.document.DocumentChangeType;
import lt.savitarna.sdk.document.DocumentFile;
import lt.savitarna.sdk.document.Documents;
import lt.savitarna.sdk.document.FileNames;
import lt.savitarna.sdk.testkit.sandbox.DemoData;

/**
 * Document change feed: an ERP keeps its own copy of a workspace's documents by reading the change
 * feed page by page, from a cursor kept in a file, so that the next run (after a restart, too)
 * continues where the last one stopped. Each document is a folder named after its id holding its
 * file. ({@code DocumentSync} does the same job crash-safely, with verified atomic moves; the feed
 * is for systems that want the changes themselves.) Run twice, the second run finds nothing new.
 *
 * <pre>{@code
 * mvn -q -Pdemo -DskipTests verify -Ddemo.mainClass=lt.savitarna.sdk.examples.DocumentChangeFeed
 * }</pre>
 */
public final class DocumentChangeFeed {

    private final Documents documents;
    private final Path archive;
    private final PrintStream out;
    private int applied;

    private DocumentChangeFeed(Documents documents, Path archive, PrintStream out) {
        this.documents = documents;
        this.archive = archive;
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        try (ExamplePortal portal = ExamplePortal.fromArguments(args)) {
            Path archive = Files.createTempDirectory("erp-documents-");
            run(portal, archive);
            run(portal, archive);
        }
    }

    /** Applies the changes since the stored cursor to the archive folder; returns how many. */
    static int run(ExamplePortal portal, Path archive) throws IOException {
        try (SavitarnaClient client = portal.client("document-change-feed-example");
             Session session = portal.login(client)) {
            Documents documents = session.workspace(DemoData.MAIN_COMPANY_ID, DemoData.MAIN_PARTY_ID).documents();
            DocumentChangeFeed feed = new DocumentChangeFeed(documents, archive, portal.out());
            feed.catchUp(archive.resolve(".feed-cursor"));
            portal.out().println(feed.applied + " change(s) applied to " + archive);
            return feed.applied;
        }
    }

    private void catchUp(Path cursorFile) throws IOException {
        String cursor = Files.exists(cursorFile) ? Files.readString(cursorFile) : null; // null: from the start
        // @start region=follow-feed
        DocumentChangePage page;
        do {
            page = documents.changes(cursor);
            for (DocumentChange change : page.items()) {
                apply(change);
            }
            cursor = page.nextCursor();
            Files.writeString(cursorFile, cursor); // durable: the next run resumes from here
        } while (page.hasMore());
        // @end
    }

    private void apply(DocumentChange change) throws IOException {
        // @start region=apply-change
        // delivery is at least once: storing or removing a document again does no harm
        if (DocumentChangeType.DELETED.equals(change.change())) {
            remove(change.documentId());
        } else {
            store(change.document());
        }
        // @end
        applied++;
    }

    private void store(Document document) throws IOException {
        Path folder = folderOf(document.id());
        deleteFolder(folder); // an earlier version may have had another file name
        Files.createDirectories(folder);
        // @start region=store-file
        DocumentFile file = document.file();
        Path target = folder.resolve(file.safeFileName());
        try (InputStream in = documents.open(document.id())) {
            // the SHA-256 is checked at the end of the stream: a damaged file fails the last read
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        out.printf("  %s %s (%s, %,d B)%n", document.type(), target.getFileName(), file.mediaType(), file.size());
        // @end
    }

    private void remove(String documentId) throws IOException {
        deleteFolder(folderOf(documentId));
        out.println("  removed " + documentId);
    }

    /** Each document's folder is named after its id, made safe for the file system. */
    private Path folderOf(String documentId) {
        return archive.resolve(FileNames.sanitize(documentId));
    }

    private static void deleteFolder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
