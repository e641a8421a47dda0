package lt.savitarna.sdk.benchmarks;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the build put things: the runner jar, the module's classes, and each side's runtime class
 * path ({@code target/deps/ours}, {@code raw}, {@code smart-id-client}, {@code mid-client}).
 */
record Layout(Path jar, Path target) {

    static Layout find() throws URISyntaxException {
        Path jar = Path.of(BenchmarkMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path target = jar.getParent();
        if (!Files.isDirectory(target.resolve("deps"))) {
            throw new IllegalStateException("run the packaged jar from savitarna-sdk-benchmarks/target: " + jar);
        }
        return new Layout(jar, target);
    }

    Path classes() {
        return target.resolve("classes");
    }

    Path deps(String side) {
        return target.resolve("deps").resolve(side);
    }

    Path repositoryRoot() {
        return target.getParent().getParent();
    }

    /** Sum of the jar bytes in a side's folder. */
    long depBytes(String side) throws java.io.IOException {
        try (var files = Files.list(deps(side))) {
            return files.filter(f -> f.toString().endsWith(".jar")).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    long depCount(String side) throws java.io.IOException {
        try (var files = Files.list(deps(side))) {
            return files.filter(f -> f.toString().endsWith(".jar")).count();
        }
    }
}
