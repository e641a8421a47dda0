package lt.savitarna.sdk.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import lt.savitarna.sdk.benchmarks.child.ColdAuthChild;
import lt.savitarna.sdk.benchmarks.sk.AuthFlow;
import lt.savitarna.sdk.benchmarks.sk.OurMobileIdFlow;
import lt.savitarna.sdk.benchmarks.sk.OurSmartIdFlow;
import lt.savitarna.sdk.benchmarks.sk.SkMobileIdFlow;
import lt.savitarna.sdk.benchmarks.sk.SkSmartIdFlow;
import lt.savitarna.sdk.testkit.sk.MobileIdSimulator;
import lt.savitarna.sdk.testkit.sk.SmartIdSimulator;
import lt.savitarna.sdk.testkit.sk.TestPki;

/**
 * (b) The SDK's Smart-ID and Mobile-ID providers against SK's own clients on the same simulator
 * (HTTPS, test PKI, answering at once): flows a second, bytes allocated a flow, cold start in a
 * new JVM with each side's own class path, and the size of that class path.
 */
final class SigningBench {

    private static final List<String> SERVER_THREADS = List.of("savitarna-smart-id", "savitarna-mobile-id",
            "HTTP-Dispatcher");

    private SigningBench() {
    }

    static void run(Settings settings, Layout layout, List<Row> rows, List<String> notes) throws Exception {
        TestPki pki = TestPki.generate();
        Path pems = Files.createTempDirectory("savitarna-bench-pki");
        Path ca = Files.writeString(pems.resolve("ca.pem"), pki.caCertificatePem());
        Path server = Files.writeString(pems.resolve("server.pem"), pki.serverCertificatePem());
        try (SmartIdSimulator smartId = SmartIdSimulator.builder().pki(pki).completionDelay(Duration.ZERO).start();
             MobileIdSimulator mobileId = MobileIdSimulator.builder().pki(pki).completionDelay(Duration.ZERO).start()) {
            AuthFlow.Target sid = new AuthFlow.Target(smartId.baseUri(), pki.caCertificate(), pki.serverCertificate());
            AuthFlow.Target mid = new AuthFlow.Target(mobileId.baseUri(), pki.caCertificate(), pki.serverCertificate());
            compare("b) Smart-ID", new OurSmartIdFlow(sid), new SkSmartIdFlow(sid), settings, rows);
            compare("b) Mobile-ID", new OurMobileIdFlow(mid), new SkMobileIdFlow(mid), settings, rows);

            cold("b) Smart-ID", OurSmartIdFlow.class, SkSmartIdFlow.class, "smart-id-client", sid, ca, server,
                    settings, layout, rows);
            cold("b) Mobile-ID", OurMobileIdFlow.class, SkMobileIdFlow.class, "mid-client", mid, ca, server,
                    settings, layout, rows);
        }
        depBytes("b) Smart-ID", "smart-id-client", layout, rows);
        depBytes("b) Mobile-ID", "mid-client", layout, rows);
        notes.add("b) Same request on both sides: authentication by personal code, QUALIFIED, display text + PIN "
                + "(Smart-ID) / LIT (Mobile-ID), random hash; SK's clients pinned to the simulator's certificate as "
                + "their guides say and their answers checked with their own validators; ours pinned (TlsPin) with "
                + "the test CA as trust anchor. Simulators answer at once (completionDelay 0). Allocation = bytes "
                + "allocated by every thread but the simulator's (ThreadMXBean, per thread; a thread that ends "
                + "mid-batch takes its bytes along, so both sides may be slightly undercounted), single caller. Cold start = new "
                + "JVM per run with only that side's runtime class path, process start to first validated "
                + "authentication, median of " + settings.coldRuns() + ", sides alternating. Dependency bytes: "
                + "ours = core + signing + yasson + parsson + JSON-B/JSON-P APIs + slf4j-api (" + layout.depCount("ours")
                + " jars); theirs = each client's full runtime tree as it resolves alone (Smart-ID: "
                + layout.depCount("smart-id-client") + " jars incl. the jersey-client it leaves to the application; "
                + "Mobile-ID: " + layout.depCount("mid-client") + " jars), BouncyCastle jdk15on included.");
    }

    private static void compare(String section, AuthFlow ours, AuthFlow theirs, Settings settings, List<Row> rows)
            throws Exception {
        SideBySide pair = new SideBySide(ours::authenticate, theirs::authenticate);
        pair.latencies(2, 30); // warm-up
        for (int threads : new int[] {1, 16}) {
            pair.throughput(threads, settings.round().dividedBy(2), 1); // warm-up
            SideBySide.Pair flows = pair.throughput(threads, settings.round(), settings.rounds());
            rows.add(Row.atLeast(section, "authentications/s, " + threads + " thread" + (threads > 1 ? "s" : "")
                            + flows.errors("ours", "SK"),
                    flows.a(), flows.b(), 2.0, "%.0f"));
            System.out.println("  " + section + " " + threads + " threads: ours " + flows.a() + " sk " + flows.b());
        }
        SideBySide.Pair bytes = pair.allocatedBytes(4, 50, SERVER_THREADS);
        rows.add(Row.info(section, "KiB allocated a flow, 1 thread", bytes.a() / 1024, bytes.b() / 1024, "%.0f"));
    }

    private static void cold(String section, Class<?> ours, Class<?> theirs, String theirDeps, AuthFlow.Target target,
                             Path ca, Path server, Settings settings, Layout layout, List<Row> rows) throws Exception {
        String ourPath = Children.classPath(layout.classes(), layout.deps("ours"));
        String theirPath = Children.classPath(layout.classes(), layout.deps(theirDeps));
        List<Long> ourRuns = new ArrayList<>();
        List<Long> theirRuns = new ArrayList<>();
        for (int i = 0; i < settings.coldRuns(); i++) {
            boolean oursFirst = i % 2 == 0;
            long first = Children.timeToReady(command(oursFirst ? ourPath : theirPath, oursFirst ? ours : theirs,
                    target, ca, server));
            long second = Children.timeToReady(command(oursFirst ? theirPath : ourPath, oursFirst ? theirs : ours,
                    target, ca, server));
            ourRuns.add(oursFirst ? first : second);
            theirRuns.add(oursFirst ? second : first);
        }
        double o = Stats.median(ourRuns) / 1e6;
        double t = Stats.median(theirRuns) / 1e6;
        System.out.println("  " + section + " cold: ours " + ourRuns + " sk " + theirRuns);
        rows.add(Row.atMost(section, "cold start to first validated authentication, median (ms)", o, t, 0.5, "%.0f"));
    }

    private static List<String> command(String classPath, Class<?> flow, AuthFlow.Target target, Path ca, Path server) {
        return List.of(Children.java(), "-cp", classPath, "-Dsun.net.httpserver.nodelay=true",
                ColdAuthChild.class.getName(), flow.getName(), target.baseUri().toString(), ca.toString(),
                server.toString());
    }

    private static void depBytes(String section, String theirs, Layout layout, List<Row> rows) throws Exception {
        double ours = layout.depBytes("ours") / 1024.0;
        double their = layout.depBytes(theirs) / 1024.0;
        rows.add(Row.atMost(section, "runtime dependency tree (KiB of jars)", ours, their, 0.25, "%.0f"));
    }
}
