package lt.savitarna.sdk.benchmarks;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import lt.savitarna.sdk.SavitarnaClient;
import lt.savitarna.sdk.benchmarks.raw.RawPortal;
import lt.savitarna.sdk.document.DocumentQuery;
import lt.savitarna.sdk.document.Documents;
import lt.savitarna.sdk.testkit.sandbox.DemoData;
import lt.savitarna.sdk.testkit.sandbox.SandboxServer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The portal's document page under JMH, for allocation profiles the side-by-side runner does not
 * take: {@code java -jar savitarna-sdk-benchmarks.jar --jmh DocumentListJmh -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DocumentListJmh {

    private SandboxServer sandbox;
    private SavitarnaClient client;
    private Documents documents;
    private RawPortal raw;
    private final DocumentQuery fifty = DocumentQuery.builder().pageSize(PortalWorkspace.PAGE).build();

    @Setup(Level.Trial)
    public void start() {
        sandbox = SandboxServer.builder().exchangeLogCapacity(1).accessTokenTtl(Duration.ofHours(4)).start();
        PortalWorkspace.fill(sandbox);
        client = SavitarnaClient.builder().baseUri(sandbox.baseUri()).build();
        documents = client.login(DemoData.JONAS_EMAIL, DemoData.JONAS_PASSWORD.toCharArray())
                .workspace(DemoData.MAIN_COMPANY_ID, DemoData.MAIN_PARTY_ID).documents();
        raw = new RawPortal(sandbox.baseUri()).login(DemoData.JONAS_EMAIL, DemoData.JONAS_PASSWORD);
    }

    @TearDown(Level.Trial)
    public void stop() {
        client.close();
        sandbox.close();
    }

    @Benchmark
    public Object sdk() {
        return documents.list(fifty).byPage().iterator().next().items();
    }

    @Benchmark
    public Object raw() {
        return raw.documents(DemoData.MAIN_COMPANY_ID, DemoData.MAIN_PARTY_ID, PortalWorkspace.PAGE).items;
    }
}
