package lt.savitarna.sdk.testkit;

import java.util.Arrays;
import lt.savitarna.sdk.testkit.sandbox.SandboxMain;
import lt.savitarna.sdk.testkit.sk.SimulatorsMain;

/**
 * The standalone jar's entry point: {@code java -jar savitarna-sdk-testkit-<version>-standalone.jar
 * [sandbox|simulators] [options]}. Without a command, or with {@code sandbox}, it runs the sandbox
 * portal ({@link SandboxMain}); {@code simulators} runs the Smart-ID and Mobile-ID simulators over
 * HTTPS ({@link SimulatorsMain}: {@code --smart-id-port}, {@code --mobile-id-port}, {@code --ca-out}).
 *
 * <pre>{@code
 * java -jar savitarna-sdk-testkit-0.1.0-SNAPSHOT-standalone.jar --port 8080
 * java -jar savitarna-sdk-testkit-0.1.0-SNAPSHOT-standalone.jar simulators --smart-id-port 8443 \
 *      --mobile-id-port 8444 --ca-out simulators-ca.pem
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
