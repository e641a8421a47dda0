package lt.savitarna.sdk.benchmarks.child;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import lt.savitarna.sdk.testkit.sk.MobileIdSimulator;
import lt.savitarna.sdk.testkit.sk.SmartIdSimulator;
import lt.savitarna.sdk.testkit.sk.TestPki;

/**
 * The Smart-ID and Mobile-ID simulators in a process of their own, so that a measured JVM holds
 * only the SDK: {@code SimulatorChild <folder for ca.pem and server.pem>}. Sessions stay
 * {@code RUNNING} until told otherwise. Prints {@code READY smartId=<uri> mobileId=<uri>}, then
 * answers one line a command read from standard input: {@code waiting} → {@code waiting=<long
 * polls parked at both>}, {@code complete} → {@code completed=<sessions answered now>}. Ends at
 * the end of its input, so it never outlives the JVM that started it.
 */
public final class SimulatorChild {

    private SimulatorChild() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        TestPki pki = TestPki.generate();
        Files.writeString(folder.resolve("ca.pem"), pki.caCertificatePem());
        Files.writeString(folder.resolve("server.pem"), pki.serverCertificatePem());
        try (SmartIdSimulator smartId = SmartIdSimulator.builder().pki(pki).completeManually().start();
             MobileIdSimulator mobileId = MobileIdSimulator.builder().pki(pki).completeManually().start();
             BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            System.out.println("READY smartId=" + smartId.baseUri() + " mobileId=" + mobileId.baseUri());
            System.out.flush();
            for (String command; (command = in.readLine()) != null; ) {
                switch (command.strip()) {
                    case "waiting" -> System.out.println("waiting="
                            + (smartId.waitingPolls() + mobileId.waitingPolls()));
                    case "complete" -> System.out.println("completed="
                            + (smartId.completeAll() + mobileId.completeAll()));
                    default -> System.out.println("unknown=" + command);
                }
                System.out.flush();
            }
        }
        System.exit(0);
    }
}
