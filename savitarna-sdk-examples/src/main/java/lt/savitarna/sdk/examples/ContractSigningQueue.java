package lt.savitarna.sdk.examples;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import lt.savitarna.sdk.SavitarnaClient;
import lt.savitarna.sdk.Session;
import lt.savitarna.sdk.Workspace;
import lt.savitarna.sdk.document.Document;
import lt.savitarna.sdk.document.DocumentQuery;
import lt.savitarna.sdk.document.DocumentState;
import lt.savitarna.sdk.document.DocumentType;
import lt.savitarna.sdk.document.Documents;
import lt.savitarna.sdk.document.FileNames;
import lt.savitarna.sdk.document.SignedDocument;
import lt.savitarna.sdk.error.SavitarnaException;
import lt.savitarna.sdk.signature.SignatureProvider;
import lt.savitarna.sdk.signature.SignerIdentity;
import lt.savitarna.sdk.signature.SigningListener;
import lt.savitarna.sdk.signature.identity.PersonalCode;
import lt.savitarna.sdk.testkit.sandbox.DemoData;

/**
 * Contract signing queue: everything awaiting the person's signature in a workspace (contracts,
 * then their annexes), signed one after another with Smart-ID; the verification code of each is
 * shown, each signed container is saved to a folder, and a refusal of one item does not stop the
 * queue.
 *
 * <pre>{@code
 * mvn -q -Pdemo -DskipTests verify -Ddemo.mainClass=lt.savitarna.sdk.examples.ContractSigningQueue
 * }</pre>
 */
public final class ContractSigningQueue {

    private ContractSigningQueue() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        Path folder = Files.createTempDirectory("signed-");
        try (EmbeddedServices services = new EmbeddedServices(true);
             SavitarnaClient client = SavitarnaClient.builder().baseUri(services.sandbox.baseUri()).build()) {
            run(client, services.smartId(), folder, out);
        }
    }

    /** Signs the queue; the signed containers are written into {@code folder}. */
    static int run(SavitarnaClient client, SignatureProvider smartId, Path folder, PrintStream out) {
        char[] password = DemoData.JONAS_PASSWORD.toCharArray();
        try (Session jonas = client.login(DemoData.JONAS_EMAIL, password)) {
            java.util.Arrays.fill(password, '\0');
            Workspace workspace = jonas.workspace(DemoData.MAIN_COMPANY_ID, DemoData.MAIN_PARTY_ID);
            Documents documents = workspace.documents();
            SignerIdentity signer = SignerIdentity.of(PersonalCode.parse(DemoData.JONAS_PERSONAL_CODE));
            SigningListener showCodes = EmbeddedServices.printingCodes(out);

            // @start region=awaiting-signature
            List<Document> queue = documents.list(DocumentQuery.builder()
                            .types(DocumentType.CONTRACT, DocumentType.CONTRACT_ANNEX)
                            .states(DocumentState.AWAITING_SIGNATURE).build())
                    .stream()
                    // a contract before its annexes, as a person would read them
                    .sorted((a, b) -> Boolean.compare(DocumentType.CONTRACT_ANNEX.equals(a.type()),
                            DocumentType.CONTRACT_ANNEX.equals(b.type())))
                    .toList();
            // @end
            out.println(queue.size() + " document(s) await the signature:");
            int signed = 0;
            for (Document document : queue) {
                out.println("- " + document.type() + " " + document.number() + " \"" + document.title() + "\"");
                // @start region=sign-each
                try {
                    SignedDocument done = documents.sign(document.id(), smartId, signer, showCodes);
                    // @start region=save-container
                    // an annex's number (SUT-2026-0142/1) is kept whole: sanitize keeps only what follows a '/'
                    String name = FileNames.sanitize(document.number().replace('/', '-') + ".asice");
                    Path container = folder.resolve(name);
                    documents.downloadSignedContainer(done.document().id(), container);
                    // @end
                    out.println("  " + done.document().state() + ", saved as " + container.getFileName());
                    signed++;
                } catch (SavitarnaException refused) {
                    out.println("  not signed: " + refused.getLocalizedMessage()); // the next one is still offered
                }
                // @end
            }
            out.println("Signed " + signed + " of " + queue.size() + ".");
            return signed;
        }
    }
}
