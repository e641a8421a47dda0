package lt.savitarna.sdk.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import lt.savitarna.sdk.SavitarnaClient;
import lt.savitarna.sdk.Session;
import lt.savitarna.sdk.Workspace;
import lt.savitarna.sdk.account.Representation;
import lt.savitarna.sdk.help.ContactEntry;
import lt.savitarna.sdk.help.ContactKind;
import lt.savitarna.sdk.help.Contacts;
import lt.savitarna.sdk.help.Help;
import lt.savitarna.sdk.help.HelpQuestion;
import lt.savitarna.sdk.help.HelpRequest;
import lt.savitarna.sdk.help.Upload;
import lt.savitarna.sdk.help.UploadedFile;

/**
 * Help desk upload ("Pagalba"): asks a question (topic and question are both required) and
 * attaches a missing document for the agronomist-consultant, streamed with a progress bar; then
 * prints "our contacts".
 *
 * <pre>{@code
 * mvn -q -Pdemo -DskipTests verify -Ddemo.mainClass=lt.savitarna.sdk.examples.HelpDeskUpload
 * }</pre>
 */
public final class HelpDeskUpload {

    private HelpDeskUpload() {
    }

    public static void main(String[] args) throws IOException {
        try (ExamplePortal portal = ExamplePortal.fromArguments(args)) {
            run(portal, scannedDocument());
        }
    }

    static UploadedFile run(ExamplePortal portal, Path document) {
        PrintStream out = portal.out();
        try (SavitarnaClient client = portal.client("help-desk-example");
             Session session = portal.login(client)) {
            Representation first = session.representations().stream().findFirst().orElseThrow();
            Workspace workspace = session.workspace(first);

            // @start region=ask
            Help help = workspace.help();
            HelpRequest request = help.ask(HelpQuestion.builder()
                    .topic("Trūkstami dokumentai")
                    .question("Siunčiu žemės nuomos sutarties kopiją, kurios prašė agronomas-konsultantas.")
                    .build());
            out.printf("Help request %s: \"%s\" (%s)%n", request.id(), request.topic(), request.state());
            // @end

            // @start region=attach
            UploadedFile uploaded = help.attach(request.id(), Upload.builder(document)
                    .description("Žemės nuomos sutarties kopija")
                    .progress(new ProgressBar(out, document.getFileName().toString()))
                    .build());
            out.printf("Attached %s (%,d B, %s): %s%n", uploaded.fileName(), uploaded.size(), uploaded.mediaType(),
                    uploaded.state());
            // @end

            // @start region=contacts
            Contacts contacts = help.contacts();
            out.println("Our contacts: " + contacts.url());
            for (ContactEntry entry : contacts.entries()) {
                if (ContactKind.PHONE.equals(entry.kind())) {
                    out.printf("  %s: tel:%s%n", entry.label(), entry.value().replace(" ", "")); // a phone can dial it
                } else {
                    out.printf("  %s: %s%n", entry.label(), entry.value());
                }
            }
            // @end
            return uploaded;
        }
    }

    /** A small PDF standing in for the scanned document a person would pick. */
    static Path scannedDocument() throws IOException {
        Path file = Files.createTempDirectory("help-").resolve("nuomos-sutartis.pdf");
        String pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                + "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
        return Files.write(file, pdf.repeat(200).getBytes(StandardCharsets.US_ASCII));
    }
}
