package lt.savitarna.sdk.signing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.util.List;

/** A WireMock stand-in for an SK service on 127.0.0.1, with helpers for sessions and their answers. */
final class SkServer implements AutoCloseable {

    final WireMockServer server;
    private final String root;

    private SkServer(WireMockConfiguration config, String root) {
        this.server = new WireMockServer(config.bindAddress("127.0.0.1").notifier(new ConsoleNotifier(false)));
        this.server.start();
        this.root = root;
    }

    /** Plain HTTP on an ephemeral loopback port; the API lives under {@code root} (e.g. {@code /smart-id-rp/v2/}). */
    static SkServer http(String root) {
        return new SkServer(options().dynamicPort(), root);
    }

    /** HTTPS only, with the fixture server key (chain: server, TLS test CA). */
    static SkServer https(String root) {
        return new SkServer(options().httpDisabled(true).dynamicHttpsPort()
                .keystorePath(TestCertificates.tlsServerKeyStore().toString())
                .keystorePassword("changeit").keyManagerPassword("changeit").keystoreType("PKCS12"), root);
    }

    URI baseUri() {
        return server.isHttpEnabled()
                ? URI.create("http://127.0.0.1:" + server.port() + root)
                : URI.create("https://127.0.0.1:" + server.httpsPort() + root);
    }

    void reset() {
        server.resetAll();
    }

    /** A POST to {@code path} starts session {@code id}. */
    void startsSession(String path, String id) {
        answers("POST", path, 200, "{\"sessionID\":\"" + id + "\"}");
    }

    /** A request answers with a status and a body. */
    void answers(String method, String path, int status, String body) {
        var mapping = method.equals("POST") ? post(urlEqualTo(root + path)) : get(urlPathEqualTo(root + path));
        server.stubFor(mapping.willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    /** Successive status requests of {@code statusPath} get these bodies in turn; the last one repeats. */
    void statusAnswers(String statusPath, String... bodies) {
        String scenario = "status " + statusPath;
        for (int i = 0; i < bodies.length; i++) {
            var mapping = get(urlPathEqualTo(root + statusPath)).inScenario(scenario)
                    .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "answer " + i)
                    .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                            .withBody(bodies[i]));
            if (i + 1 < bodies.length) {
                mapping = mapping.willSetStateTo("answer " + (i + 1));
            }
            server.stubFor(mapping);
        }
    }

    List<LoggedRequest> posts(String path) {
        return server.findAll(postRequestedFor(urlEqualTo(root + path)));
    }

    List<LoggedRequest> polls(String statusPath) {
        return server.findAll(getRequestedFor(urlPathEqualTo(root + statusPath)));
    }

    int requestCount() {
        return server.getAllServeEvents().size();
    }

    static JsonObject json(LoggedRequest request) {
        try (JsonReader r = Json.createReader(new StringReader(request.getBodyAsString()))) {
            return r.readObject();
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
