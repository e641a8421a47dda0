package lt.savitarna.sdk.examples.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import lt.savitarna.sdk.SavitarnaClient;
import lt.savitarna.sdk.Session;
import lt.savitarna.sdk.Workspace;
import lt.savitarna.sdk.document.Document;
import lt.savitarna.sdk.document.DocumentState;
import lt.savitarna.sdk.testkit.wiremock.PortalStubs;
import lt.savitarna.sdk.testkit.wiremock.StubData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Unit-testing an integration against WireMock stubs of the portal: the real client, stubbed
 * answers from the contract's examples, a signing scenario and injected faults. The client's
 * sleeper records the waits instead of sleeping, so retries after {@code Retry-After} cost no time.
 */
class WireMockStubsExampleTest {

    private static final String CONTRACT_PATH = PortalStubs.SCOPE + "/documents/" + StubData.CONTRACT_ID;

    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private WireMockServer portal;
    private SavitarnaClient client;

    @BeforeEach
    void start() {
        portal = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        portal.start();
        client = SavitarnaClient.builder()
                .baseUri(URI.create(portal.baseUrl()))
                .sleeper(waits::add)
                .build();
    }

    @AfterEach
    void stop() {
        client.close();
        portal.stop();
    }

    @Test
    void theStubbedAccountLogsIn() {
        PortalStubs.on(portal).all();

        // @start region=stub-data
        try (Session session = client.login(StubData.EMAIL, StubData.PASSWORD.toCharArray())) {
            assertEquals(StubData.ACCOUNT_ID, session.me().accountId());
            Document contract = session.workspace(StubData.COMPANY_ID, StubData.PARTY_ID).documents()
                    .get(StubData.CONTRACT_ID);
            assertEquals(DocumentState.AWAITING_SIGNATURE, contract.state());
        }
        // @end
    }

    @Test
    void waitsUntilTheContractIsSignedThenFetchesTheSignedContainer() {
        // @start region=signed-after-polls
        PortalStubs.on(portal).all()
                .contractSignedAfterPolls(2)
                .rateLimitedOnce("GET", CONTRACT_PATH, 3);

        try (Session session = client.login(StubData.EMAIL, StubData.PASSWORD.toCharArray())) {
            Workspace farm = session.workspace(StubData.COMPANY_ID, StubData.PARTY_ID);
            ContractWatcher watcher = new ContractWatcher(farm.documents(), waits::add, Duration.ofSeconds(30), 10);

            assertEquals(DocumentState.SIGNED, watcher.awaitSigned(StubData.CONTRACT_ID).state());
        }
        // The 429 was retried after its Retry-After, then two polls saw AWAITING_SIGNATURE.
        assertEquals(List.of(Duration.ofSeconds(3), Duration.ofSeconds(30), Duration.ofSeconds(30)), waits);
        // @end
        portal.verify(4, getRequestedFor(urlPathMatching(CONTRACT_PATH)));
    }

    @Test
    void aDownloadCutByAConnectionResetIsRetried() {
        // @start region=connection-reset
        // The first attempt's connection is reset before any answer; a GET is always safe to repeat.
        PortalStubs.on(portal).all().connectionResetOnce("GET", CONTRACT_PATH + "/content");

        try (Session session = client.login(StubData.EMAIL, StubData.PASSWORD.toCharArray())) {
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            long size = session.workspace(StubData.COMPANY_ID, StubData.PARTY_ID).documents()
                    .download(StubData.CONTRACT_ID, file);

            assertEquals(StubData.SAMPLE_PDF_SIZE, size);
            assertArrayEquals(StubData.samplePdf(), file.toByteArray());
        }
        // @end
        portal.verify(2, getRequestedFor(urlPathMatching(CONTRACT_PATH + "/content")));
    }
}
