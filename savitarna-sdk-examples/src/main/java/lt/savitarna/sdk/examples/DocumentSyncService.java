package lt.savitarna.sdk.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import lt.savitarna.sdk.SavitarnaClient;
import lt.savitarna.sdk.Session;
import lt.savitarna.sdk.Workspace;
import lt.savitarna.sdk.account.Representation;
import lt.savitarna.sdk.sync.DocumentSync;
import lt.savitarna.sdk.sync.SyncResult;

/**
 * Document sync service: mirrors a workspace's documents into a folder an ERP watches, from a
 * durable checkpoint. Run it from a scheduler; killed at any moment and started again, it ends
 * with every document exactly once. The second pass here shows that nothing is fetched twice.
 *
 * <pre>{@code
 * mvn -q -Pdemo -DskipTests verify -Ddemo.mainClass=lt.savitarna.sdk.examples.DocumentSyncService
 * }</pre>
 */
public final class DocumentSyncService {

    private DocumentSyncService() {
    }

    public static void main(String[] args) throws IOException {
        try (ExamplePortal portal = ExamplePortal.fromArguments(args)) {
            run(portal, Files.createTempDirectory("erp-sync-"));
        }
    }

    static SyncResult run(ExamplePortal portal, Path root) {
        PrintStream out = portal.out();
        try (SavitarnaClient client = portal.client("document-sync-example");
             Session session = portal.login(client)) {
            Representation first = session.representations().stream().findFirst().orElseThrow();
            Workspace workspace = session.workspace(first);
            out.printf("%s × %s:%n", first.company().name(), first.party().name());
            // @start region=sync-to-folder
            DocumentSync sync = DocumentSync.builder()
                    .workspace(workspace)
                    .targetDirectory(root.resolve("inbox"))
                    .checkpointFile(root.resolve("state").resolve("sync.checkpoint"))
                    .build();
            SyncResult firstPass = sync.runOnce(); // e.g. from a scheduler
            out.printf("%d created, %d updated, %d deleted (full listing: %s)%n", firstPass.created(),
                    firstPass.updated(), firstPass.deleted(), firstPass.resynchronised());
            // @end
            SyncResult secondPass = sync.runOnce();
            out.printf("Second pass from the checkpoint: %d created, %d updated, %d deleted%n",
                    secondPass.created(), secondPass.updated(), secondPass.deleted());
            out.println("Documents are in " + root.resolve("inbox"));
            return secondPass;
        }
    }
}
