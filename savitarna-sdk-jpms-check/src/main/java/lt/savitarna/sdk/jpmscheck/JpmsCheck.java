package lt.savitarna.sdk.jpmscheck;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import lt.savitarna.sdk.Page;
import lt.savitarna.sdk.SavitarnaClient;
import lt.savitarna.sdk.Session;
import lt.savitarna.sdk.account.Representation;
import lt.savitarna.sdk.document.Document;
import lt.savitarna.sdk.document.DocumentQuery;
import lt.savitarna.sdk.signing.SmartIdVerificationCode;
import lt.savitarna.sdk.testkit.sandbox.DemoData;
import lt.savitarna.sdk.testkit.sandbox.SandboxServer;

/**
 * Starts the sandbox, logs in as the demo customer, and prints the representations and a page of
 * documents, all on the module path. Exits non-zero (an exception) when anything does not resolve
 * as a module: the SDK's modules must be named, and the JSON-B, JSON-P and SLF4J implementations
 * must be found as services.
 */
public final class JpmsCheck {

    private static final List<String> REQUIRED_MODULES = List.of(
            "lt.savitarna.sdk.core", "lt.savitarna.sdk.signing", "lt.savitarna.sdk.testkit",
            "jakarta.json.bind", "jakarta.json", "org.eclipse.yasson", "org.eclipse.parsson",
            "org.slf4j", "org.bouncycastle.provider", "org.bouncycastle.pkix");

    private JpmsCheck() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        requireModules(out);
        try (SandboxServer sandbox = SandboxServer.builder().start();
             SavitarnaClient client = SavitarnaClient.builder().baseUri(sandbox.baseUri()).build();
             Session session = client.login(DemoData.JONAS_EMAIL, DemoData.JONAS_PASSWORD.toCharArray())) {
            out.println("Logged in on the module path: " + session.state());
            List<Representation> representations = session.representations().stream().toList();
            for (Representation r : representations) {
                out.println("  " + r.company().name() + " × " + r.party().name());
            }
            if (representations.size() != DemoData.JONAS_REPRESENTATION_COUNT) {
                throw new IllegalStateException("expected " + DemoData.JONAS_REPRESENTATION_COUNT
                        + " representations, got " + representations.size());
            }
            Page<Document> page = session.workspace(DemoData.MAIN_COMPANY_ID, DemoData.MAIN_PARTY_ID).documents()
                    .list(DocumentQuery.builder().pageSize(5).build())
                    .byPage().iterator().next();
            for (Document d : page.items()) {
                out.println("  " + d.issueDate() + " " + d.type() + " " + d.state() + " " + d.title());
            }
            if (page.items().isEmpty()) {
                throw new IllegalStateException("no documents on the first page");
            }
            // A class of the signing module, used so that its module is really read.
            out.println("Signing module: " + SmartIdVerificationCode.class.getModule().getName());
        }
        out.println("JPMS check passed");
    }

    private static void requireModules(PrintStream out) {
        if (!JpmsCheck.class.getModule().isNamed() || !SavitarnaClient.class.getModule().isNamed()) {
            throw new IllegalStateException("not running on the module path");
        }
        for (String name : REQUIRED_MODULES) {
            Module module = ModuleLayer.boot().findModule(name)
                    .orElseThrow(() -> new IllegalStateException("module not resolved: " + name));
            out.println("module " + module.getName()
                    + module.getDescriptor().version().map(v -> "@" + v).orElse("")
                    + (module.getDescriptor().isAutomatic() ? " (automatic)" : ""));
        }
    }
}
