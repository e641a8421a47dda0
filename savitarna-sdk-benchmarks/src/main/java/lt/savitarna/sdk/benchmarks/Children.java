package lt.savitarna.sdk.benchmarks;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Child JVMs: started with a class path of their own, timed from process start. */
final class Children {

    private Children() {
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** A class path of the given folders' jars and class folders. */
    static String classPath(Path... entries) {
        List<String> parts = new ArrayList<>();
        for (Path entry : entries) {
            parts.add(entry.toString().endsWith(".jar") || !entry.toFile().isDirectory()
                    || entry.getFileName().toString().equals("classes") ? entry.toString() : entry + File.separator + "*");
        }
        return String.join(File.pathSeparator, parts);
    }

    /** Nanoseconds from process start to the child's {@code READY} line. */
    static long timeToReady(List<String> command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        StringBuilder output = new StringBuilder();
        long ready = -1;
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.equals("READY") && ready < 0) {
                    ready = System.nanoTime() - start;
                }
                output.append(line).append('\n');
            }
        }
        if (!process.waitFor(2, TimeUnit.MINUTES) || ready < 0) {
            process.destroyForcibly();
            throw new IllegalStateException("child failed: " + command + "\n" + output);
        }
        return ready;
    }

    /** The child's last output line; fails unless it exits 0. */
    static String lastLine(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("child failed: " + command + "\n" + output);
        }
        String[] lines = output.strip().split("\n");
        return lines[lines.length - 1];
    }

    /** The value of {@code key=} in a {@code k=v k=v} line. */
    static long field(String line, String key) {
        for (String part : line.split(" ")) {
            if (part.startsWith(key + "=")) {
                return Long.parseLong(part.substring(key.length() + 1));
            }
        }
        throw new IllegalArgumentException(key + " missing in " + line);
    }
}
