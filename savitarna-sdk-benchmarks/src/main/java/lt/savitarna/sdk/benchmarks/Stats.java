package lt.savitarna.sdk.benchmarks;

import java.util.Arrays;
import java.util.List;

/** Percentiles and medians of measured samples. */
final class Stats {

    private Stats() {
    }

    /** The {@code q}-quantile (0..1) of the samples, nearest rank. */
    static double quantile(long[] samples, double q) {
        long[] sorted = samples.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
    }

    static double median(List<? extends Number> values) {
        double[] sorted = values.stream().mapToDouble(Number::doubleValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static long[] concat(List<long[]> parts) {
        return parts.stream().flatMapToLong(Arrays::stream).toArray();
    }
}
