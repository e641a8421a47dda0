package lt.savitarna.sdk.benchmarks;

import java.time.Duration;

/**
 * How long and how often each measurement runs.
 *
 * @param latencyRounds   A/B rounds of the latency run
 * @param latencyCalls    calls a side a latency round
 * @param round           one side's time in a throughput round
 * @param rounds          A/B throughput rounds
 * @param coldRuns        child JVMs a side for cold starts
 * @param largeSize       bytes of the large document
 * @param downloadRuns    downloads a side
 * @param waitingSessions sessions waiting at once
 */
record Settings(int latencyRounds, int latencyCalls, Duration round, int rounds, int coldRuns, long largeSize,
                int downloadRuns, int waitingSessions) {

    static final Settings FULL = new Settings(20, 500, Duration.ofSeconds(3), 6, 11, 1L << 30, 3, 1000);
    static final Settings QUICK = new Settings(2, 200, Duration.ofSeconds(1), 2, 3, 1L << 28, 1, 1000);
}
