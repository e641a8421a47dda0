package lt.savitarna.sdk.testkit;

import java.util.Arrays;
import lt.savitarna.sdk.testkit.sandbox.SandboxMain;
import lt.savitarna.sdk.testkit.sk.SimulatorsMain;

/**
 * The standalone jar's entry point: {@code java -jar savitarna-sdk-testkit-<version>-standalone.jar
 * [sandbox|simulators] [options]}. Without a command, or with {@code sandbox}, it runs the sandbox
 * portal ({@link SandboxMain}); {@code simulators} runs the Smart-ID and Mobile-ID simulators over
 * HTTPS ({@link SimulatorsMain}: {@code --smart-id-port}, {@code --mobile-id-port}, {@code --ca-out}),
 * e.g. {@code java -jar savitarna-sdk-testkit-<version>-standalone.jar simulators --smart-id-port 8444
 * --mobile-id-port 8445 --ca-out target/test-ca.pem}.
 *
 * <p>A test suite in another process starts it, reads the address from its first line and stops it
 * as Ctrl+C would; here with the entry point on the class path instead of the jar:
 *
 * <!-- sample: StandaloneExampleTest#standalone-process -->
 * <pre>{@code
 * Process standalone = new ProcessBuilder(java, "-cp", classPath, StandaloneMain.class.getName(), "--port", "0")
 *         .redirectError(ProcessBuilder.Redirect.DISCARD)
 *         .start();
 * try (BufferedReader printed = standalone.inputReader(UTF_8)) {
 *     String listening = printed.readLine(); // Savitarna sandbox listening on http://127.0.0.1:PORT
 *     URI portal = URI.create(listening.substring(listening.lastIndexOf(' ') + 1));
 *     try (SavitarnaClient client = SavitarnaClient.builder().baseUri(portal).build();
 *          Session session = client.login(DemoData.JONAS_EMAIL, DemoData.JONAS_PASSWORD.toCharArray())) {
 *         assertEquals(DemoData.JONAS_FIRST_NAME, session.me().firstName());
 *     }
 * } finally {
 *     standalone.destroy(); // stops it as Ctrl+C would
 * }
 * }</pre>
 */
public final class StandaloneMain {

    private StandaloneMain() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("simulators")) {
            SimulatorsMain.main(Arrays.copyOfRange(args, 1, args.length));
        } else if (args.length > 0 && args[0].equals("sandbox")) {
            SandboxMain.main(Arrays.copyOfRange(args, 1, args.length));
        } else {
            SandboxMain.main(args);
        }
    }
}
