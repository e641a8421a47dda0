package lt.savitarna.sdk.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Renders the results as {@code BENCHMARKS.md}. */
final class Report {

    static final String COMMAND = "mvn -q -DskipTests -pl savitarna-sdk-benchmarks -am package && "
            + "java -jar savitarna-sdk-benchmarks/target/savitarna-sdk-benchmarks.jar";

    private Report() {
    }

    static String markdown(List<Row> rows, List<String> notes, boolean quick, long seconds, Path findings,
            Path chaosAndFuzz) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmarks\n\n");
        md.append("Side-by-side ratios, both sides measured in the same run on the same machine and against the "
                + "same loopback server; rounds alternate A/B, B/A to cancel drift. Absolute numbers are this "
                + "machine's only; the ratios are the evidence.\n\n");
        md.append("| | |\n|---|---|\n");
        md.append("| date | ").append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME
                .withZone(ZoneOffset.UTC)).replaceAll("\\.\\d+Z$", "Z")).append(" |\n");
        md.append("| JDK | ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.runtime.version")).append(" (").append(System.getProperty("java.vendor"))
                .append(") |\n");
        md.append("| OS | ").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version"))
                .append(' ').append(System.getProperty("os.arch")).append(" |\n");
        md.append("| CPUs (nproc) | ").append(Runtime.getRuntime().availableProcessors()).append(" |\n");
        md.append("| CPU model | ").append(cpuModel()).append(" |\n");
        md.append("| memory | ").append(memory()).append(" |\n");
        md.append("| runner JVM max heap | ").append(Runtime.getRuntime().maxMemory() >> 20).append(" MiB |\n");
        md.append("| mode | ").append(quick ? "`--quick`" : "full").append(", ").append(seconds).append(" s |\n");
        md.append("| reproduce | `").append(COMMAND).append(quick ? " --quick" : "").append("` |\n\n");

        md.append("| section | metric | SDK | other side | ratio SDK/other | target | met |\n");
        md.append("|---|---|---:|---:|---:|---|---|\n");
        for (Row row : rows) {
            md.append("| ").append(row.section()).append(" | ").append(row.metric()).append(" | ").append(row.ours())
                    .append(" | ").append(row.theirs()).append(" | ")
                    .append(Double.isNaN(row.ratio()) ? "–" : String.format("%.2f×", row.ratio())).append(" | ")
                    .append(row.target()).append(" | ").append(row.target().equals("–") ? "–" : row.met() ? "yes" : "**no**")
                    .append(" |\n");
        }
        md.append("\nOther side: (a) raw `java.net.http` + Yasson; (b) SK's `smart-id-java-client` 2.3.1 and "
                + "`mid-rest-java-client` 1.6; (c) raw `HttpClient` with `BodyHandlers.ofFile`; (e) raw "
                + "`java.net.http` + Yasson.\n\n");
        md.append("## How each was measured\n\n");
        for (String note : notes) {
            md.append("- ").append(note).append('\n');
        }
        // The analysis of missed targets is written by hand from profiles; it lives beside the
        // module's sources and is carried into every report.
        if (Files.isRegularFile(findings)) {
            md.append('\n').append(Files.readString(findings, StandardCharsets.UTF_8));
        }
        // The chaos and fuzz suites run by their own commands (README, Development), which are too
        // long for this one; their last full results are kept in the it module and shown here one
        // heading level down, so that one file holds every measurement.
        if (Files.isRegularFile(chaosAndFuzz)) {
            md.append('\n');
            for (String line : Files.readAllLines(chaosAndFuzz, StandardCharsets.UTF_8)) {
                md.append(line.startsWith("#") ? "#" + line : line).append('\n');
            }
        }
        return md.toString();
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String memory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return String.format("%.1f GiB", os.getTotalMemorySize() / 1073741824.0);
        }
        return "unknown";
    }
}
