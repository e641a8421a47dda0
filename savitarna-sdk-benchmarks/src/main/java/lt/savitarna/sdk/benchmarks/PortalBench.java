package lt.savitarna.sdk.benchmarks;

import java.util.List;
import lt.savitarna.sdk.SavitarnaClient;
import lt.savitarna.sdk.Session;
import lt.savitarna.sdk.benchmarks.raw.RawPortal;
import lt.savitarna.sdk.document.DocumentQuery;
import lt.savitarna.sdk.document.Documents;
import lt.savitarna.sdk.testkit.sandbox.DemoData;
import lt.savitarna.sdk.testkit.sandbox.SandboxServer;

/**
 * (a) One page of documents ({@code GET …/documents?limit=50}, bearer token from a login): the SDK
 * against the raw JDK client with JSON-B binding, on the same loopback sandbox.
 */
final class PortalBench {

    /** Each latency round is cut into this many alternating blocks. */
    private static final int LATENCY_BLOCKS_PER_ROUND = 10;

    private PortalBench() {
    }

    static void run(Settings settings, List<Row> rows, List<String> notes) throws Exception {
        try (SandboxServer sandbox = SandboxServer.builder().exchangeLogCapacity(1)
                .accessTokenTtl(java.time.Duration.ofHours(4)).start();
             SavitarnaClient client = SavitarnaClient.builder().baseUri(sandbox.baseUri()).build()) {
            PortalWorkspace.fill(sandbox);
            Session session = client.login(DemoData.JONAS_EMAIL, DemoData.JONAS_PASSWORD.toCharArray());
            Documents documents = session.workspace(DemoData.MAIN_COMPANY_ID, DemoData.MAIN_PARTY_ID).documents();
            DocumentQuery fifty = DocumentQuery.builder().pageSize(PortalWorkspace.PAGE).build();
            RawPortal raw = new RawPortal(sandbox.baseUri()).login(DemoData.JONAS_EMAIL, DemoData.JONAS_PASSWORD);

            Runnable sdk = () -> check(documents.list(fifty).byPage().iterator().next().items().size());
            Runnable rawCall = () -> check(
                    raw.documents(DemoData.MAIN_COMPANY_ID, DemoData.MAIN_PARTY_ID, PortalWorkspace.PAGE).items.size());
            SideBySide pair = new SideBySide(sdk, rawCall);
            pair.latencies(2, settings.latencyCalls()); // warm-up

            // Short alternating blocks: a burst of load on this shared machine (seconds long) then falls
            // on both sides instead of on one side's whole round, which decides the p99 otherwise.
            int rounds = settings.latencyRounds() * LATENCY_BLOCKS_PER_ROUND;
            int callsPerBlock = settings.latencyCalls() / LATENCY_BLOCKS_PER_ROUND;
            List<long[]> latencies = pair.latencies(rounds, callsPerBlock);
            String s = "a) portal: list 50 documents";
            rows.add(Row.atMost(s, "p50 latency, 1 caller (ms)", Stats.quantile(latencies.get(0), 0.5) / 1e6,
                    Stats.quantile(latencies.get(1), 0.5) / 1e6, 1.05, "%.3f"));
            rows.add(Row.atMost(s, "p99 latency, 1 caller (ms)", Stats.quantile(latencies.get(0), 0.99) / 1e6,
                    Stats.quantile(latencies.get(1), 0.99) / 1e6, 1.05, "%.3f"));
            for (int callers : new int[] {1, 16, 64}) {
                pair.throughput(callers, settings.round().dividedBy(2), 1); // warm-up
                SideBySide.Pair ops = pair.throughput(callers, settings.round(), settings.rounds());
                rows.add(Row.atLeast(s, "throughput, " + callers + (callers == 1 ? " caller" : " callers") + " (calls/s)" + ops.errors("SDK", "raw"), ops.a(), ops.b(), 0.95, "%.0f"));
                System.out.println("  " + callers + " callers: sdk " + ops.a() + " raw " + ops.b());
            }
            notes.add("a) The sandbox's main workspace is topped up with invoices to " + PortalWorkspace.PAGE
                    + " documents, so each `limit=" + PortalWorkspace.PAGE + "` page carries " + PortalWorkspace.PAGE
                    + " on both sides. Raw = `java.net.http.HttpClient` (HTTP/1.1, as the SDK on plain HTTP) + Yasson binding "
                    + "to public-field classes with the same typed fields (LocalDate, Instant). Latency: "
                    + rounds + " alternating blocks × " + callsPerBlock + " calls a side; "
                    + "throughput: " + settings.rounds() + " alternating rounds of " + settings.round().toSeconds()
                    + " s a side per concurrency.");
        }
    }

    private static void check(int items) {
        if (items != PortalWorkspace.PAGE) {
            throw new IllegalStateException("expected a full page, got " + items);
        }
    }
}
