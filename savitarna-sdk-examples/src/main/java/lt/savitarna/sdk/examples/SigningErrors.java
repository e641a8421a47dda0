package lt.savitarna.sdk.examples;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import lt.savitarna.sdk.SavitarnaClient;
import lt.savitarna.sdk.Session;
import lt.savitarna.sdk.account.Profile;
import lt.savitarna.sdk.account.Registration;
import lt.savitarna.sdk.document.Documents;
import lt.savitarna.sdk.document.SignedDocument;
import lt.savitarna.sdk.error.DocumentNotSignableException;
import lt.savitarna.sdk.error.DocumentNotSignedException;
import lt.savitarna.sdk.error.EsignatureRejectedException;
import lt.savitarna.sdk.error.IdentityConflictException;
import lt.savitarna.sdk.error.NoAccountForIdentityException;
import lt.savitarna.sdk.error.SigningSessionEndedException;
import lt.savitarna.sdk.signature.SignatureProvider;
import lt.savitarna.sdk.signature.SignerIdentity;
import lt.savitarna.sdk.signature.SigningListener;
import lt.savitarna.sdk.signature.identity.PersonalCode;
import lt.savitarna.sdk.testkit.sandbox.DemoData;

/**
 * What the portal refuses around e-signatures, and what to tell the person: a Smart-ID login for
 * a person without an account, an identity that already belongs to another account, a contract
 * that no longer awaits a signature, and a signed container asked for before the signature.
 *
 * <p>It runs against the embedded sandbox and Smart-ID simulator (see {@code EmbeddedServices}),
 * with the sandbox's demo accounts: the demo customer Jonas confirmed his identity as Smart-ID's
 * demo person {@code 30303039914}; the demo person {@code 50001018865} has no account.
 *
 * <pre>{@code
 * mvn -q -Pdemo -DskipTests verify -Ddemo.mainClass=lt.savitarna.sdk.examples.SigningErrors
 * }</pre>
 */
public final class SigningErrors {

    private SigningErrors() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        run(Files.createTempDirectory("signing-errors-"), out);
    }

    /** The whole program; would write a signed container into {@code folder}. */
    static void run(Path folder, PrintStream out) {
        try (EmbeddedServices services = new EmbeddedServices(true);
             SavitarnaClient client = SavitarnaClient.builder().baseUri(services.sandbox.baseUri())
                     .locale(Locale.forLanguageTag("lt")).build()) {
            SignatureProvider smartId = services.smartId();
            SigningListener showCodes = EmbeddedServices.printingCodes(out);

            out.println("1. Logging in with Smart-ID as a person without an account:");
            logInWithSmartId(client, smartId, SignerIdentity.of(PersonalCode.parse("50001018865")), showCodes, out);

            out.println("2. Confirming a new account with an identity another account already confirmed:");
            String email = "petras." + UUID.randomUUID().toString().substring(0, 8) + "@example.lt";
            char[] password = "Petras-slaptazodis-2026".toCharArray();
            client.accounts().register(Registration.builder().firstName("Petras").lastName("Petraitis")
                    .email(email).password(password).acceptPrivacyPolicyAndRules(true).build());
            try (Session session = client.login(email, password)) {
                confirm(session, smartId, SignerIdentity.of(PersonalCode.parse(DemoData.JONAS_PERSONAL_CODE)),
                        showCodes, out);
            } finally {
                Arrays.fill(password, '\0');
            }

            SignerIdentity jonas = SignerIdentity.of(PersonalCode.parse(DemoData.JONAS_PERSONAL_CODE));
            try (Session session = client.login(smartId, jonas, showCodes)) {
                Documents documents = session.workspace(DemoData.MAIN_COMPANY_ID, DemoData.MAIN_PARTY_ID).documents();

                out.println("3. Signing a contract that is already signed:");
                sign(documents, DemoData.SIGNED_CONTRACT_ID, smartId, jonas, showCodes, out);

                out.println("4. Downloading the signed container of a contract that awaits its signature:");
                downloadContainer(documents, DemoData.CONTRACT_AWAITING_SIGNATURE_ID, folder, out);
            }
        }
    }

    private static void logInWithSmartId(SavitarnaClient client, SignatureProvider smartId, SignerIdentity person,
                                         SigningListener showCodes, PrintStream out) {
        // @start region=login-with-smart-id
        try (Session session = client.login(smartId, person, showCodes)) {
            out.println("Logged in with Smart-ID; session " + session.state());
        } catch (NoAccountForIdentityException e) {
            // Nobody confirmed this identity yet: register, log in with the password, then confirm it.
            out.println(e.getLocalizedMessage());
        }
        // @end
    }

    private static void confirm(Session session, SignatureProvider smartId, SignerIdentity person,
                                SigningListener showCodes, PrintStream out) {
        // @start region=confirm-identity
        try {
            Profile me = session.confirmIdentity(smartId, person, showCodes);
            out.println("Identity confirmed: " + me.identity().givenName() + " " + me.identity().surname());
        } catch (IdentityConflictException e) {
            // Another account confirmed this identity, or this account confirmed another one.
            out.println(e.getLocalizedMessage());
        }
        // @end
    }

    private static void sign(Documents documents, String contractId, SignatureProvider smartId, SignerIdentity signer,
                             SigningListener showCodes, PrintStream out) {
        // @start region=sign-refused
        try {
            SignedDocument signed = documents.sign(contractId, smartId, signer, showCodes);
            out.println("Signed; the contract is now " + signed.document().state());
        } catch (DocumentNotSignableException e) {
            out.println(e.getLocalizedMessage()); // signed already, withdrawn or expired: show its state
        } catch (SigningSessionEndedException e) {
            out.println(e.getLocalizedMessage()); // the signature took too long: sign again
        } catch (EsignatureRejectedException e) {
            out.println(e.getLocalizedMessage()); // the certificate or signature was not accepted
        }
        // @end
    }

    private static void downloadContainer(Documents documents, String contractId, Path folder, PrintStream out) {
        // @start region=not-signed
        try {
            long bytes = documents.downloadSignedContainer(contractId, folder.resolve(contractId + ".asice"));
            out.println("Signed container: " + bytes + " bytes");
        } catch (DocumentNotSignedException e) {
            out.println(e.getLocalizedMessage()); // nobody has signed it yet
        }
        // @end
    }
}
