package lt.savitarna.sdk.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import lt.savitarna.sdk.SavitarnaClient;
import lt.savitarna.sdk.Session;
import lt.savitarna.sdk.Workspace;
import lt.savitarna.sdk.account.Representation;
import lt.savitarna.sdk.document.Document;
import lt.savitarna.sdk.document.FileNames;
import lt.savitarna.sdk.sync.DocumentSink;
import lt.savitarna.sdk.sync.DocumentSync;
import lt.savitarna.sdk.sync.SyncResult;

/**
 * Document sync into an ERP's own document store: {@code DocumentSync} follows the workspace's
 * changes from its checkpoint and hands each verified file to a {@code DocumentSink} that passes it
 * on to the ERP (a small stand-in here, keeping files in a folder and titles in memory), which
 * stores, removes, or after a full listing keeps only the documents still there.
 *
 * <pre>{@code
 * mvn -q -Pdemo -DskipTests verify -Ddemo.mainClass=lt.savitarna.sdk.examples.DocumentSyncToErp
 * }</pre>
 */
public final class DocumentSyncToErp {

    private DocumentSyncToErp() {
    }

    public static void main(String[] args) throws IOException {
        try (ExamplePortal portal = ExamplePortal.fromArguments(args)) {
            run(portal, Files.createTempDirectory("erp-store-"));
        }
    }

    /** Syncs the first workspace into an ERP store under {@code root}; returns how many documents it holds. */
    static int run(ExamplePortal portal, Path root) {
        PrintStream out = portal.out();
        ErpDocumentStore erp = new ErpDocumentStore(root.resolve("erp"));
        try (SavitarnaClient client = portal.client("document-sync-erp-example");
             Session session = portal.login(client)) {
            Representation first = session.representations().stream().findFirst().orElseThrow();
            Workspace workspace = session.workspace(first);

            // @start region=erp-sink
            DocumentSink toErp = new DocumentSink() {
                @Override
                public void store(Document document, Path verifiedFile) {
                    erp.archive(document.id(), document.title(), verifiedFile);
                }

                @Override
                public void delete(String documentId) {
                    erp.remove(documentId);
                }

                @Override
                public void retainOnly(Set<String> documentIds) {
                    erp.removeAllExcept(documentIds);
                }
            };
            // @end
            // @start region=sync-into-sink
            DocumentSync sync = DocumentSync.builder()
                    .workspace(workspace)
                    .sink(toErp)
                    .stagingDirectory(root.resolve("staging")) // on the ERP's disk, so files move cheaply
                    .checkpointFile(root.resolve("state").resolve("erp.checkpoint"))
                    .pageSize(100)
                    .build();
            // @end
            SyncResult result = sync.runOnce();
            out.printf("%s × %s: %d document(s) handed to the ERP, which holds %d%n", first.company().name(),
                    first.party().name(), result.created() + result.updated(), erp.size());
            return erp.size();
        }
    }

    /** Stands in for the ERP's document store: the files in a folder, their titles in memory. */
    static final class ErpDocumentStore {

        private final Path folder;
        private final Map<String, String> titles = new ConcurrentHashMap<>();

        ErpDocumentStore(Path folder) {
            this.folder = folder;
        }

        void archive(String documentId, String title, Path file) {
            try {
                Files.createDirectories(folder);
                Files.move(file, fileOf(documentId), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            titles.put(documentId, title);
        }

        void remove(String documentId) {
            try {
                Files.deleteIfExists(fileOf(documentId));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            titles.remove(documentId);
        }

        void removeAllExcept(Set<String> documentIds) {
            Set.copyOf(titles.keySet()).stream().filter(id -> !documentIds.contains(id)).forEach(this::remove);
        }

        int size() {
            return titles.size();
        }

        private Path fileOf(String documentId) {
            return folder.resolve(FileNames.sanitize(documentId));
        }
    }
}
