package lt.savitarna.sdk.testkit.sandbox;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the sandbox on its own, for trying the portal API by hand or from another process:
 * {@code java -jar savitarna-sdk-testkit-<version>-standalone.jar --port 8080}. Prints the base
 * URI and the demo credentials, and serves until stopped (Ctrl+C). Try it with {@code curl -X POST
 * http://127.0.0.1:8080/api/v1/auth/password -H 'Content-Type: application/json' -d '{"email":
 * "jonas.jonaitis@demo.savitarna.lt","password":"Demo-slaptazodis-1"}'}.
 *
 * <p>{@link #start(String[], PrintStream)} does the same in-process and returns the running
 * sandbox instead of waiting:
 *
 * <!-- sample: StandaloneExampleTest#sandbox-main -->
 * <pre>{@code
 * ByteArrayOutputStream printed = new ByteArrayOutputStream();
 * try (SandboxServer sandbox = SandboxMain.start(new String[] {"--port", "0"}, new PrintStream(printed, true, UTF_8));
 *      SavitarnaClient client = SavitarnaClient.builder().baseUri(sandbox.baseUri()).build();
 *      Session session = client.login(DemoData.JONAS_EMAIL, DemoData.JONAS_PASSWORD.toCharArray())) {
 *     assertTrue(printed.toString(UTF_8).contains("listening on " + sandbox.baseUri()));
 *     assertEquals(DemoData.JONAS_FIRST_NAME, session.me().firstName());
 * }
 * }</pre>
 */
public final class SandboxMain {

    private static final String USAGE = """
            Usage: java -jar savitarna-sdk-testkit-standalone.jar [sandbox] [--port N] [--host ADDRESS] [--large-document-size SIZE]
              --port N                    port to listen on (default 8080; 0 picks a free one)
              --host ADDRESS              address to bind (default 127.0.0.1)
              --large-document-size SIZE  size of the large demo document in bytes, or with k, m or g
                                          (default 1g)
              --help                      show this text""";

    private SandboxMain() {
    }

    public static void main(String[] args) {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.out.println(USAGE);
            return;
        }
        SandboxServer server;
        try {
            server = start(args, System.out);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "savitarna-sandbox-shutdown"));
        awaitUninterruptibly(stopped);
    }

    /**
     * Parses {@code args}, starts a sandbox and prints how to use it to {@code out}; the caller
     * closes the returned server. This is {@link #main} without the waiting.
     *
     * @throws IllegalArgumentException for arguments it does not understand
     */
    public static SandboxServer start(String[] args, PrintStream out) {
        SandboxServer.Builder builder = SandboxServer.builder().port(8080);
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--port" -> builder.port(parsePort(value(args, ++i, arg)));
                case "--host" -> builder.host(value(args, ++i, arg));
                case "--large-document-size" -> builder.largeDocumentSize(parseSize(value(args, ++i, arg)));
                default -> throw new IllegalArgumentException("Unknown argument: " + arg);
            }
        }
        SandboxServer server = builder.start();
        out.println("Savitarna sandbox listening on " + server.baseUri());
        out.println("  API:          " + server.baseUri() + "/api/v1");
        out.println("  Test hooks:   " + server.baseUri() + "/_sandbox/...");
        out.println("Demo accounts:");
        out.println("  " + DemoData.JONAS_EMAIL + " / " + DemoData.JONAS_PASSWORD
                + "  (identity confirmed, " + DemoData.JONAS_REPRESENTATION_COUNT + " representations)");
        out.println("  " + DemoData.ONA_EMAIL + " / " + DemoData.ONA_PASSWORD
                + "  (Žemyna member, identity not confirmed)");
        out.println("Workspaces: " + DemoData.DOCUMENTS_PER_DEMO_REPRESENTATION + " documents in each of Jonas's,"
                + " a contract awaiting signature in " + DemoData.MAIN_COMPANY_ID + "/" + DemoData.MAIN_PARTY_ID
                + ", the large document " + DemoData.LARGE_DOCUMENT_ID + " in " + DemoData.LARGE_DOCUMENT_COMPANY_ID
                + "/" + DemoData.LARGE_DOCUMENT_PARTY_ID);
        out.println("Press Ctrl+C to stop.");
        out.flush();
        return server;
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    private static int parsePort(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("--port must be 0..65535: " + text);
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port must be a number: " + text, e);
        }
    }

    private static long parseSize(String text) {
        String lower = text.trim().toLowerCase(Locale.ROOT);
        int shift = switch (lower.isEmpty() ? ' ' : lower.charAt(lower.length() - 1)) {
            case 'k' -> 10;
            case 'm' -> 20;
            case 'g' -> 30;
            default -> 0;
        };
        String digits = shift == 0 ? lower : lower.substring(0, lower.length() - 1);
        try {
            long value = Long.parseLong(digits);
            if (value <= 0 || value > (Long.MAX_VALUE >> shift)) {
                throw new IllegalArgumentException("--large-document-size out of range: " + text);
            }
            return value << shift;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--large-document-size must be a number of bytes, e.g. 8m: " + text, e);
        }
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
