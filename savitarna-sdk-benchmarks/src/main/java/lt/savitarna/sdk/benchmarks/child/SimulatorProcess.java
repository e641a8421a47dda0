package lt.savitarna.sdk.benchmarks.child;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import lt.savitarna.sdk.benchmarks.sk.AuthFlow;

/**
 * A {@link SimulatorChild} seen from the JVM that measures: its addresses and test certificates,
 * and its two commands. Only this JDK-only handle lives in the measured JVM; the simulators'
 * servers, threads and TLS buffers stay in the other process.
 */
final class SimulatorProcess implements AutoCloseable {

    private final Process process;
    private final BufferedReader out;
    private final PrintWriter in;
    private final URI smartId;
    private final URI mobileId;
    private final Path folder;

    private SimulatorProcess(Process process, BufferedReader out, PrintWriter in, String ready, Path folder) {
        this.process = process;
        this.out = out;
        this.in = in;
        this.folder = folder;
        this.smartId = URI.create(value(ready, "smartId"));
        this.mobileId = URI.create(value(ready, "mobileId"));
    }

    /** Starts {@code java -cp <classPath> SimulatorChild} with the given JVM and waits for its READY line. */
    static SimulatorProcess start(String java, String classPath) throws IOException {
        Path folder = Files.createTempDirectory("savitarna-bench-sim");
        // By name: loading SimulatorChild here would reach for the testkit, which this JVM must not hold.
        List<String> command = List.of(java, "-cp", classPath,
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "lt.savitarna.sdk.benchmarks.child.SimulatorChild",
                folder.toString());
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        PrintWriter in = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
        for (String line; (line = out.readLine()) != null; ) {
            if (line.startsWith("READY ")) {
                return new SimulatorProcess(process, out, in, line, folder);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("the simulator process ended before it was ready");
    }

    /** The Smart-ID or Mobile-ID simulator as a flow's target. */
    AuthFlow.Target target(boolean mobileIdService) {
        return AuthFlow.Target.read((mobileIdService ? mobileId : smartId).toString(),
                folder.resolve("ca.pem").toString(), folder.resolve("server.pem").toString());
    }

    /** {@return how many long polls both simulators hold right now} */
    int waitingPolls() {
        return Integer.parseInt(value(ask("waiting"), "waiting"));
    }

    /** Has every simulated person with a running session answer now; {@return how many did} */
    int completeAll() {
        return Integer.parseInt(value(ask("complete"), "completed"));
    }

    private String ask(String command) {
        in.println(command);
        try {
            String answer = out.readLine();
            if (answer == null) {
                throw new IllegalStateException("the simulator process has ended");
            }
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String value(String line, String key) {
        for (String part : line.split(" ")) {
            if (part.startsWith(key + "=")) {
                return part.substring(key.length() + 1);
            }
        }
        throw new IllegalStateException(key + " missing in " + line);
    }

    /** Closes its input, which ends it, and waits briefly before forcing it. */
    @Override
    public void close() throws InterruptedException {
        in.close();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
