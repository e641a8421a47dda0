package lt.savitarna.sdk.it.e2e;

import java.net.URI;
import java.nio.file.Path;
import lt.savitarna.sdk.SavitarnaClient;
import lt.savitarna.sdk.Session;
import lt.savitarna.sdk.sync.DocumentSync;
import lt.savitarna.sdk.sync.SyncResult;

/**
 * A document sync as an ERP would run it, in a process of its own so that a test can kill it
 * for real: {@code SyncProcess <portal> <email> <password> <companyId> <partyId> <folder> <checkpoint>}.
 * Prints the result and exits 0 when one pass completed.
 */
public final class SyncProcess {

    private SyncProcess() {
    }

    public static void main(String[] args) {
        try (SavitarnaClient client = SavitarnaClient.builder().baseUri(URI.create(args[0])).build();
             Session session = client.login(args[1], args[2].toCharArray())) {
            SyncResult result = DocumentSync.builder()
                    .workspace(session.workspace(args[3], args[4]))
                    .targetDirectory(Path.of(args[5]))
                    .checkpointFile(Path.of(args[6]))
                    .build()
                    .runOnce();
            System.out.println("synced " + result);
        }
    }
}
