package lt.savitarna.sdk.examples;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import lt.savitarna.sdk.SavitarnaClient;
import lt.savitarna.sdk.Session;
import lt.savitarna.sdk.Workspace;
import lt.savitarna.sdk.document.Document;
import lt.savitarna.sdk.document.DocumentQuery;
import lt.savitarna.sdk.document.DocumentState;
import lt.savitarna.sdk.document.DocumentType;
import lt.savitarna.sdk.document.SignedDocument;
import lt.savitarna.sdk.error.SavitarnaException;
import lt.savitarna.sdk.signature.SignatureProvider;
import lt.savitarna.sdk.signature.SignerIdentity;
import lt.savitarna.sdk.signature.identity.PersonalCode;
import lt.savitarna.sdk.testkit.sandbox.DemoData;

/**
 * Contract signing queue: everything awaiting the person's signature in a workspace (contracts,
 * then their annexes), signed one after another with Smart-ID; the verification code of each is
 * shown, and a refusal of one item does not stop the queue.
 *
 * <pre>{@code
 * mvn -q -Pdemo -DskipTests verify -Ddemo.mainClass=lt.savitarna.sdk.examples.ContractSigningQueue
 * }</pre>
 */
public final class ContractSigningQueue {

    private ContractSigningQueue() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        try (EmbeddedServices services = new EmbeddedServices(true);
             SavitarnaClient client = SavitarnaClient.builder().baseUri(services.sandbox.baseUri()).build()) {
            run(client, services.smartId(), out);
        }
    }

    static int run(SavitarnaClient client, SignatureProvider smartId, PrintStream out) {
        char[] password = DemoData.JONAS_PASSWORD.toCharArray();
        try (Session jonas = client.login(DemoData.JONAS_EMAIL, password)) {
            java.util.Arrays.fill(password, '\0');
            Workspace workspace = jonas.workspace(DemoData.MAIN_COMPANY_ID, DemoData.MAIN_PARTY_ID);
            SignerIdentity signer = SignerIdentity.of(PersonalCode.parse(DemoData.JONAS_PERSONAL_CODE));

            List<Document> queue = workspace.documents().list(DocumentQuery.builder()
                            .types(DocumentType.CONTRACT, DocumentType.CONTRACT_ANNEX)
                            .states(DocumentState.AWAITING_SIGNATURE).build())
                    .stream()
                    // a contract before its annexes, as a person would read them
                    .sorted((a, b) -> Boolean.compare(DocumentType.CONTRACT_ANNEX.equals(a.type()),
                            DocumentType.CONTRACT_ANNEX.equals(b.type())))
                    .toList();
            out.println(queue.size() + " document(s) await the signature:");
            int signed = 0;
            for (Document document : queue) {
                out.println("- " + document.type() + " " + document.number() + " \"" + document.title() + "\"");
                try {
                    SignedDocument done = workspace.documents().sign(document.id(), smartId, signer,
                            EmbeddedServices.printingCodes(out));
                    out.println("  " + done.document().state());
                    signed++;
                } catch (SavitarnaException refused) {
                    out.println("  not signed: " + refused.getLocalizedMessage()); // the next one is still offered
                }
            }
            out.println("Signed " + signed + " of " + queue.size() + ".");
            return signed;
        }
    }
}
