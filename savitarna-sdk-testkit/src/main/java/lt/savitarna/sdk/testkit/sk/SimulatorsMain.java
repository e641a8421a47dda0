package lt.savitarna.sdk.testkit.sk;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the Smart-ID and Mobile-ID simulators on their own, for trying a relying-party
 * integration by hand or from another process. The standalone jar runs it with the command
 * {@code simulators} (without a command it runs the portal sandbox): {@code java -jar
 * savitarna-sdk-testkit-<version>-standalone.jar simulators --smart-id-port 8444 --mobile-id-port
 * 8445 --ca-out target/test-ca.pem}, then e.g. {@code curl --cacert target/test-ca.pem -X POST
 * https://127.0.0.1:8444/smart-id-rp/v2/certificatechoice/etsi/PNOLT-30303039914 ...}.
 *
 * <p>{@link #start(String[], PrintStream)} does the same in-process and returns both simulators
 * instead of waiting:
 *
 * <!-- sample: StandaloneExampleTest#simulators-main -->
 * <pre>{@code
 * String[] args = {"--smart-id-port", "0", "--mobile-id-port", "0"};
 * try (SimulatorsMain.Simulators simulators = SimulatorsMain.start(args, System.out)) {
 *     SmartIdSimulator smartId = simulators.smartId();
 *     HttpClient https = HttpClient.newBuilder().sslContext(smartId.pki().sslContext()).build();
 *     HttpRequest choice = HttpRequest.newBuilder(smartId.baseUri()
 *                     .resolve("certificatechoice/etsi/" + SmartIdTestAccount.OK.semanticsIdentifier()))
 *             .header("Content-Type", "application/json")
 *             .POST(BodyPublishers.ofString("{\"relyingPartyUUID\":\"" + SmartIdSimulator.DEMO_RELYING_PARTY_UUID
 *                     + "\",\"relyingPartyName\":\"" + SmartIdSimulator.DEMO_RELYING_PARTY_NAME + "\"}"))
 *             .build();
 *     assertEquals(200, https.send(choice, BodyHandlers.ofString()).statusCode());
 * }
 * }</pre>
 *
 * <p>Both simulators share one generated {@link TestPki}; {@code --ca-out} writes its root
 * certificate (the trust anchor for the people's certificates and for the TLS endpoints) as PEM.
 * Serves until stopped (Ctrl+C).
 */
public final class SimulatorsMain {

    private static final String USAGE = """
            Usage: java -jar savitarna-sdk-testkit-standalone.jar simulators [options]
              --smart-id-port N        Smart-ID RP API v2 port (default 8444; 0 picks a free one)
              --mobile-id-port N       Mobile-ID REST API port (default 8445; 0 picks a free one)
              --host ADDRESS           address to bind (default 127.0.0.1)
              --ca-out FILE            write the test CA certificate as PEM to FILE
              --relying-party-uuid U   the relying party UUID to accept (default SK's demo one)
              --relying-party-name N   the relying party name to accept (default DEMO)
              --delay-ms N             how long the simulated person takes to answer (default 300)
              --help                   show this text""";

    /** Both simulators as started by {@link #start(String[], PrintStream)}; closing stops both. */
    public record Simulators(SmartIdSimulator smartId, MobileIdSimulator mobileId) implements AutoCloseable {

        /** Both must be given. */
        public Simulators {
            Objects.requireNonNull(smartId, "smartId");
            Objects.requireNonNull(mobileId, "mobileId");
        }

        /** Stops both simulators. */
        @Override
        public void close() {
            try {
                smartId.close();
            } finally {
                mobileId.close();
            }
        }
    }

    private SimulatorsMain() {
    }

    /**
     * Starts both simulators and serves until the process is stopped; exits with status 2 for
     * arguments it does not understand.
     *
     * @param args the options listed by {@code --help}
     */
    public static void main(String[] args) {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.out.println(USAGE);
            return;
        }
        Simulators simulators;
        try {
            simulators = start(args, System.out);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulators.close();
            stopped.countDown();
        }, "savitarna-simulators-shutdown"));
        while (true) {
            try {
                stopped.await();
                return;
            } catch (InterruptedException e) {
                // Only the shutdown hook ends the wait.
            }
        }
    }

    /**
     * Parses {@code args}, starts both simulators and prints how to reach them to {@code out}; the
     * caller closes the result. This is {@link #main} without the waiting.
     *
     * @throws IllegalArgumentException for arguments it does not understand
     */
    public static Simulators start(String[] args, PrintStream out) {
        SmartIdSimulator.Builder smartId = SmartIdSimulator.builder().port(8444);
        MobileIdSimulator.Builder mobileId = MobileIdSimulator.builder().port(8445);
        String uuid = SmartIdSimulator.DEMO_RELYING_PARTY_UUID;
        String name = SmartIdSimulator.DEMO_RELYING_PARTY_NAME;
        Path caOut = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--smart-id-port" -> smartId.port(port(value(args, ++i, arg), arg));
                case "--mobile-id-port" -> mobileId.port(port(value(args, ++i, arg), arg));
                case "--host" -> {
                    String host = value(args, ++i, arg);
                    smartId.host(host);
                    mobileId.host(host);
                }
                case "--ca-out" -> caOut = Path.of(value(args, ++i, arg));
                case "--relying-party-uuid" -> uuid = value(args, ++i, arg);
                case "--relying-party-name" -> name = value(args, ++i, arg);
                case "--delay-ms" -> {
                    Duration delay = Duration.ofMillis(number(value(args, ++i, arg), arg));
                    smartId.completionDelay(delay);
                    mobileId.completionDelay(delay);
                }
                default -> throw new IllegalArgumentException("Unknown argument: " + arg);
            }
        }
        TestPki pki = TestPki.generate();
        if (caOut != null) {
            pki.writeCaCertificatePem(caOut);
        }
        SmartIdSimulator smartIdSimulator = smartId.relyingParty(uuid, name).pki(pki).start();
        MobileIdSimulator mobileIdSimulator;
        try {
            mobileIdSimulator = mobileId.relyingParty(uuid, name).pki(pki).start();
        } catch (RuntimeException e) {
            smartIdSimulator.close();
            throw e;
        }
        out.println("Smart-ID RP API v2:   " + smartIdSimulator.baseUri());
        out.println("Mobile-ID REST API:   " + mobileIdSimulator.baseUri());
        out.println("Relying party:        " + uuid + " / " + name);
        out.println("Test CA:              " + (caOut != null ? caOut.toAbsolutePath() : "(use --ca-out FILE to save it)"));
        out.println("Smart-ID accounts (semantics identifier -> end result):");
        for (SmartIdTestAccount account : SmartIdTestAccount.values()) {
            out.println("  " + account.semanticsIdentifier() + "  " + account.endResult()
                    + ("ADVANCED".equals(account.certificateLevel()) ? " (non-qualified: ask for ADVANCED)" : ""));
        }
        out.println("Mobile-ID users (phone / identity number -> result):");
        for (MobileIdTestUser user : MobileIdTestUser.values()) {
            out.println("  " + user.phoneNumber() + " / " + user.nationalIdentityNumber() + "  " + user.result());
        }
        out.println("Press Ctrl+C to stop.");
        out.flush();
        return new Simulators(smartIdSimulator, mobileIdSimulator);
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    private static int port(String text, String option) {
        long port = number(text, option);
        if (port > 65535) {
            throw new IllegalArgumentException(option + " must be 0..65535: " + text);
        }
        return (int) port;
    }

    private static long number(String text, String option) {
        try {
            long value = Long.parseLong(text);
            if (value < 0) {
                throw new IllegalArgumentException(option + " must not be negative: " + text);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a number: " + text, e);
        }
    }
}
