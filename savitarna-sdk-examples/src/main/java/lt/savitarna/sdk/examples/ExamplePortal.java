package lt.savitarna.sdk.examples;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import lt.savitarna.sdk.SavitarnaClient;
import lt.savitarna.sdk.Session;
import lt.savitarna.sdk.testkit.sandbox.DemoData;
import lt.savitarna.sdk.testkit.sandbox.SandboxServer;

/**
 * Where an example program runs: an embedded sandbox by default, or the portal named by
 * {@code --portal URL} or {@code SAVITARNA_BASE_URL}, logging in with {@code SAVITARNA_EMAIL} and
 * {@code SAVITARNA_PASSWORD} there (the sandbox's demo customer otherwise).
 */
final class ExamplePortal implements AutoCloseable {

    private final URI baseUri;
    private final SandboxServer sandbox;
    private final boolean ownsSandbox;
    private final PrintStream out;

    private ExamplePortal(URI baseUri, SandboxServer sandbox, boolean ownsSandbox, PrintStream out) {
        this.baseUri = baseUri;
        this.sandbox = sandbox;
        this.ownsSandbox = ownsSandbox;
        this.out = out;
    }

    /** Starts an embedded sandbox unless the arguments or the environment name a portal. */
    static ExamplePortal fromArguments(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        String named = null;
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--portal")) {
                named = args[i + 1];
            }
        }
        if (named == null) {
            named = System.getenv("SAVITARNA_BASE_URL");
        }
        if (named != null && !named.isBlank()) {
            return new ExamplePortal(URI.create(named), null, false, out);
        }
        SandboxServer sandbox = SandboxServer.builder().start();
        out.println("Embedded sandbox portal at " + sandbox.baseUri());
        return new ExamplePortal(sandbox.baseUri(), sandbox, true, out);
    }

    /** Around an already running sandbox, printing to {@code out} (for tests). */
    static ExamplePortal around(SandboxServer sandbox, PrintStream out) {
        return new ExamplePortal(sandbox.baseUri(), sandbox, false, out);
    }

    URI baseUri() {
        return baseUri;
    }

    PrintStream out() {
        return out;
    }

    /** The embedded or given sandbox; empty against a real portal. */
    Optional<SandboxServer> sandbox() {
        return Optional.ofNullable(sandbox);
    }

    /** A client for this portal whose User-Agent names the example. */
    SavitarnaClient client(String example) {
        // @start region=client
        SavitarnaClient client = SavitarnaClient.builder()
                .baseUri(baseUri) // @replace regex="baseUri\)" replacement="URI.create(\"https://savitarna.agrokoncernas.lt\"))"
                .userAgentSuffix(example + "/1.0") // @replace regex="example \+ \"/1.0\"" replacement="\"acme-erp/4.2\""
                .locale(Locale.forLanguageTag("lt"))
                .build();
        // @end
        return client;
    }

    /** The configured login email, or the sandbox's demo customer's. */
    String email() {
        return System.getenv().getOrDefault("SAVITARNA_EMAIL", DemoData.JONAS_EMAIL);
    }

    /** A new copy of the configured password, or of the demo customer's; clear it after use. */
    char[] password() {
        return System.getenv().getOrDefault("SAVITARNA_PASSWORD", DemoData.JONAS_PASSWORD).toCharArray();
    }

    /** Logs in with the configured credentials, or as the sandbox's demo customer. */
    Session login(SavitarnaClient client) {
        char[] password = password();
        try {
            return client.login(email(), password);
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
    }

    @Override
    public void close() {
        if (ownsSandbox) {
            sandbox.close();
        }
    }
}
