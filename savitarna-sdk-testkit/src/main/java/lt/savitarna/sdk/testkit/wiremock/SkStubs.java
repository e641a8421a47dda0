package lt.savitarna.sdk.testkit.wiremock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import lt.savitarna.sdk.testkit.sk.internal.PkiMaterial;

/**
 * What the Smart-ID and Mobile-ID stubs share: where they register, the test PKI their answers are
 * signed with, and the session scenario (one poll {@code RUNNING}, then {@code COMPLETE}).
 */
final class SkStubs {

    private final Function<MappingBuilder, StubMapping> registrar;
    private final PkiMaterial pki;

    private SkStubs(Function<MappingBuilder, StubMapping> registrar) {
        this.registrar = registrar;
        Instant now = Instant.now();
        this.pki = new PkiMaterial(now.minus(Duration.ofDays(1)), now);
    }

    static SkStubs on(WireMockServer server) {
        Objects.requireNonNull(server, "server");
        return new SkStubs(server::stubFor);
    }

    static SkStubs on(WireMock client) {
        Objects.requireNonNull(client, "client");
        return new SkStubs(client::register);
    }

    PkiMaterial pki() {
        return pki;
    }

    X509Certificate caCertificate() {
        return pki.caCertificate();
    }

    void register(MappingBuilder mapping) {
        registrar.apply(mapping);
    }

    static String newSessionId() {
        return UUID.randomUUID().toString();
    }

    static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    /** The session answers {@code running} to the first poll and {@code complete} to every later one. */
    void session(MappingBuilder firstPoll, MappingBuilder laterPolls, String sessionId, String running, String complete) {
        String scenario = "sk-session " + sessionId;
        registrar.apply(firstPoll.inScenario(scenario)
                .whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("COMPLETE")
                .willReturn(json(running)));
        registrar.apply(laterPolls.inScenario(scenario)
                .whenScenarioStateIs("COMPLETE")
                .willReturn(json(complete)));
    }
}
