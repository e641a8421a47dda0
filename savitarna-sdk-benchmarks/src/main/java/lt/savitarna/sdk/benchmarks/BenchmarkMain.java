package lt.savitarna.sdk.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs every side-by-side measurement and writes {@code BENCHMARKS.md}.
 *
 * <pre>{@code
 * mvn -q -DskipTests -pl savitarna-sdk-benchmarks -am package
 * java -jar savitarna-sdk-benchmarks/target/savitarna-sdk-benchmarks.jar [--quick] [--out FILE] [--only a,b,c,d,e]
 * java -jar savitarna-sdk-benchmarks/target/savitarna-sdk-benchmarks.jar --jmh [JMH options]
 * }</pre>
 */
public final class BenchmarkMain {

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--jmh")) {
            org.openjdk.jmh.Main.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        boolean quick = Arrays.asList(args).contains("--quick");
        int out = Arrays.asList(args).indexOf("--out");
        Layout layout = Layout.find();
        Path report = out >= 0 ? Path.of(args[out + 1]) : layout.repositoryRoot().resolve("BENCHMARKS.md");
        int onlyAt = Arrays.asList(args).indexOf("--only");
        String only = onlyAt >= 0 ? args[onlyAt + 1] : "a,b,c,d,e";
        Settings settings = quick ? Settings.QUICK : Settings.FULL;
        long start = System.nanoTime();

        List<Row> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        run(only, "a portal", () -> PortalBench.run(settings, rows, notes));
        run(only, "b signing", () -> SigningBench.run(settings, layout, rows, notes));
        run(only, "c download", () -> DownloadBench.run(settings, layout, rows, notes));
        run(only, "d waiting", () -> WaitingBench.run(settings, layout, rows, notes));
        run(only, "e cold portal", () -> PortalColdBench.run(settings, layout, rows, notes));

        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        Files.writeString(report, Report.markdown(rows, notes, quick, seconds,
                layout.target().getParent().resolve("FINDINGS.md"),
                layout.repositoryRoot().resolve("savitarna-sdk-it").resolve("CHAOS-FUZZ-RESULTS.md")));
        System.out.println("wrote " + report + " in " + seconds + " s");
    }

    private interface Section {
        void run() throws Exception;
    }

    private static void run(String only, String name, Section section) throws Exception {
        if (!only.contains(name.substring(0, 1))) {
            return;
        }
        long t = System.nanoTime();
        System.out.println("== " + name);
        section.run();
        System.out.println("== " + name + " done in " + (System.nanoTime() - t) / 1_000_000_000L + " s");
    }
}
