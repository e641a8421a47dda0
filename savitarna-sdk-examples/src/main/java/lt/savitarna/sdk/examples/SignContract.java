package lt.savitarna.sdk.examples;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import lt.savitarna.sdk.SavitarnaClient;
import lt.savitarna.sdk.Session;
import lt.savitarna.sdk.Workspace;
import lt.savitarna.sdk.document.Document;
import lt.savitarna.sdk.document.SignedDocument;
import lt.savitarna.sdk.signature.SignerIdentity;
import lt.savitarna.sdk.signature.SigningListener;
import lt.savitarna.sdk.signature.identity.PersonalCode;
import lt.savitarna.sdk.signature.identity.PhoneNumber;
import lt.savitarna.sdk.testkit.sandbox.DemoData;

/**
 * Signs the demo contract awaiting signature in two steps and downloads the signed ASiC-E
 * container. By default Jonas logs in with Smart-ID and signs with Smart-ID; with
 * {@code --mobile-id} Ona (Mobile-ID demo user {@code +37060000666} / {@code 50001018865}), who
 * represents the same farm, logs in with her password, confirms her identity with Mobile-ID and
 * signs with Mobile-ID. Either way the program prints the verification code the person must
 * compare with the phone.
 *
 * <pre>{@code
 * mvn -q -Pdemo -DskipTests verify -Ddemo.mainClass=lt.savitarna.sdk.examples.SignContract -Ddemo.args=--mobile-id
 * }</pre>
 */
public final class SignContract {

    private SignContract() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        Path folder = Files.createTempDirectory("signed-");
        run(Arrays.asList(args).contains("--mobile-id"), folder, out);
    }

    /** The whole program; the signed container is written into {@code folder}. */
    static void run(boolean mobileId, Path folder, PrintStream out) {
        try (EmbeddedServices services = new EmbeddedServices(true);
             SavitarnaClient client = SavitarnaClient.builder().baseUri(services.sandbox.baseUri())
                     .locale(Locale.forLanguageTag("lt")).build()) {
            SigningListener showCodes = EmbeddedServices.printingCodes(out);
            String contract = DemoData.CONTRACT_AWAITING_SIGNATURE_ID;
            SignedDocument signed;
            if (mobileId) {
                services.sandbox.grantRepresentation(DemoData.ONA_PERSONAL_CODE, DemoData.MAIN_COMPANY_ID,
                        DemoData.JAVU_LAUKAS_NAME, DemoData.JAVU_LAUKAS_CODE);
                SignerIdentity ona = SignerIdentity.mobileId(PhoneNumber.parse(DemoData.ONA_PHONE_NUMBER),
                        PersonalCode.parse(DemoData.ONA_PERSONAL_CODE));
                char[] password = DemoData.ONA_PASSWORD.toCharArray();
                try (Session session = client.login(DemoData.ONA_EMAIL, password)) {
                    out.println("Ona confirms her identity with Mobile-ID...");
                    session.confirmIdentity(services.mobileId(), ona, showCodes);
                    signed = sign(session, services.mobileId(), ona, contract, showCodes, out, "Mobile-ID");
                    download(session, contract, folder, out);
                }
            } else {
                SignerIdentity jonas = SignerIdentity.of(PersonalCode.parse(DemoData.JONAS_PERSONAL_CODE));
                out.println("Jonas logs in with Smart-ID...");
                try (Session session = client.login(services.smartId(), jonas, showCodes)) {
                    signed = sign(session, services.smartId(), jonas, contract, showCodes, out, "Smart-ID");
                    download(session, contract, folder, out);
                }
            }
            out.println("Signature " + signed.signatureId() + ": the contract is now " + signed.document().state());
        }
    }

    private static SignedDocument sign(Session session, lt.savitarna.sdk.signature.SignatureProvider provider,
                                       SignerIdentity signer, String contract, SigningListener showCodes,
                                       PrintStream out, String method) {
        Workspace farm = session.workspace(DemoData.MAIN_COMPANY_ID, DemoData.MAIN_PARTY_ID);
        Document document = farm.documents().get(contract);
        out.println("Signing \"" + document.title() + "\" with " + method + "...");
        return farm.documents().sign(contract, provider, signer, showCodes);
    }

    private static void download(Session session, String contract, Path folder, PrintStream out) {
        Workspace farm = session.workspace(DemoData.MAIN_COMPANY_ID, DemoData.MAIN_PARTY_ID);
        Path container = folder.resolve(contract + ".asice");
        long size = farm.documents().downloadSignedContainer(contract, container);
        out.println("Signed container: " + container + " (" + size + " bytes)");
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(container))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                out.println("  " + entry.getName());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
