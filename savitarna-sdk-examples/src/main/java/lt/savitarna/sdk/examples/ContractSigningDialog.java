package lt.savitarna.sdk.examples;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import lt.savitarna.sdk.SavitarnaClient;
import lt.savitarna.sdk.Session;
import lt.savitarna.sdk.document.Document;
import lt.savitarna.sdk.document.Documents;
import lt.savitarna.sdk.document.SignedDocument;
import lt.savitarna.sdk.signature.SignatureProvider;
import lt.savitarna.sdk.signature.SignerIdentity;
import lt.savitarna.sdk.signature.SigningListener;
import lt.savitarna.sdk.signature.VerificationCode;
import lt.savitarna.sdk.signature.identity.PersonalCode;
import lt.savitarna.sdk.testkit.PortalEnvironment;
import lt.savitarna.sdk.testkit.sandbox.DemoData;

/**
 * Signing from a dialog that the person may close: the contract is signed in the background
 * ({@code signAsync}) while the dialog shows the verification code; when the person closes the
 * dialog instead of confirming on the phone, the future is cancelled, which stops waiting for
 * Smart-ID and cancels the portal's pending signature. The contract still awaits a signature.
 * Here the person closes the dialog as soon as the code is shown, and the Smart-ID simulator
 * answers only after a few seconds, as a person would.
 *
 * <pre>{@code
 * mvn -q -Pdemo -DskipTests verify -Ddemo.mainClass=lt.savitarna.sdk.examples.ContractSigningDialog
 * }</pre>
 */
public final class ContractSigningDialog {

    /** How long the simulated person takes to answer on the phone. */
    static final Duration PERSON_ANSWERS_AFTER = Duration.ofSeconds(5);

    private ContractSigningDialog() {
    }

    public static void main(String[] args) throws InterruptedException {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        try (PortalEnvironment services = PortalEnvironment.start(true, PERSON_ANSWERS_AFTER);
             SavitarnaClient client = services.client()) {
            run(client, services.smartId(), out);
        }
    }

    /** Starts signing the demo contract, cancels when the dialog closes; returns the contract as it is then. */
    static Document run(SavitarnaClient client, SignatureProvider smartId, PrintStream out)
            throws InterruptedException {
        char[] password = DemoData.JONAS_PASSWORD.toCharArray();
        try (Session jonas = client.login(DemoData.JONAS_EMAIL, password)) {
            java.util.Arrays.fill(password, '\0');
            Documents documents = jonas.workspace(DemoData.MAIN_COMPANY_ID, DemoData.MAIN_PARTY_ID).documents();
            Document contract = documents.get(DemoData.CONTRACT_AWAITING_SIGNATURE_ID);
            SignerIdentity signer = SignerIdentity.of(PersonalCode.parse(DemoData.JONAS_PERSONAL_CODE));
            SigningDialog dialog = new SigningDialog(out);
            out.println("Signing \"" + contract.title() + "\"...");

            // @start region=sign-in-background
            CompletableFuture<SignedDocument> pending = documents.signAsync(contract.id(), smartId, signer, dialog);
            pending.whenComplete((signed, failure) -> dialog.close()); // signed or failed: nothing more to show
            dialog.awaitClosed();
            pending.cancel(true); // if still signing: stops waiting for Smart-ID, cancels the pending signature
            // @end
            Document now = documents.get(contract.id());
            out.println("Dialog closed; the contract is " + now.state());
            return now;
        }
    }

    /**
     * Stands in for a dialog: it shows the verification code, and the person closes it right
     * after reading the code, without confirming on the phone.
     */
    static final class SigningDialog implements SigningListener {

        private final PrintStream out;
        private final CountDownLatch closed = new CountDownLatch(1);

        SigningDialog(PrintStream out) {
            this.out = out;
        }

        @Override
        public void verificationCode(VerificationCode code) {
            out.println("Verification code: " + code.digits() + " (the person closes the dialog)");
            close();
        }

        void close() {
            closed.countDown();
        }

        /** Returns once the dialog is closed, by the person or by {@link #close()}. */
        void awaitClosed() throws InterruptedException {
            closed.await();
        }
    }
}
