package lt.savitarna.sdk.testkit.sk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulatorsMainTest {

    @Test
    void startsBothSimulatorsAndWritesTheCaThatTheirTlsChainsTo(@TempDir Path dir) throws Exception {
        Path ca = dir.resolve("test-ca.pem");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        String[] args = {"--smart-id-port", "0", "--mobile-id-port", "0", "--ca-out", ca.toString(), "--delay-ms", "0",
                "--relying-party-name", "Savitarna"};
        try (SimulatorsMain.Simulators simulators = SimulatorsMain.start(args,
                new PrintStream(printed, true, StandardCharsets.UTF_8))) {
            String output = printed.toString(StandardCharsets.UTF_8);
            assertTrue(output.contains(simulators.smartId().baseUri().toString()), output);
            assertTrue(output.contains(simulators.mobileId().baseUri().toString()), output);
            assertTrue(output.contains("PNOLT-30303039914  OK"), output);
            assertTrue(output.contains("+37060000666 / 50001018865  OK"), output);

            X509Certificate written = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(Files.readAllBytes(ca)));
            assertEquals(simulators.smartId().pki().caCertificate(), written);
            assertEquals(simulators.mobileId().pki().caCertificate(), written);

            // A client that knows nothing but the written PEM can reach both over TLS.
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("ca", written);
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trust);
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, factory.getTrustManagers(), null);
            HttpClient http = HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(5)).build();
            String body = "{\"relyingPartyUUID\":\"00000000-0000-0000-0000-000000000000\","
                    + "\"relyingPartyName\":\"SAVITARNA\",\"phoneNumber\":\"+37060000666\","
                    + "\"nationalIdentityNumber\":\"50001018865\"}";
            HttpResponse<String> certificate = http.send(HttpRequest.newBuilder(
                    URI.create(simulators.mobileId().baseUri() + "/certificate"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, certificate.statusCode(), certificate.body());
            assertTrue(certificate.body().contains("\"result\":\"OK\""), certificate.body());
            HttpResponse<String> choice = http.send(HttpRequest.newBuilder(
                    simulators.smartId().baseUri().resolve("certificatechoice/etsi/PNOLT-30303039914"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, choice.statusCode(), choice.body());
        }
    }

    @Test
    void refusesArgumentsItDoesNotUnderstand() {
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThrows(IllegalArgumentException.class, () -> SimulatorsMain.start(new String[] {"--port", "1"}, out));
        assertThrows(IllegalArgumentException.class, () -> SimulatorsMain.start(new String[] {"--smart-id-port"}, out));
        assertThrows(IllegalArgumentException.class,
                () -> SimulatorsMain.start(new String[] {"--mobile-id-port", "many"}, out));
        assertThrows(IllegalArgumentException.class,
                () -> SimulatorsMain.start(new String[] {"--smart-id-port", "70000"}, out));
        assertThrows(IllegalArgumentException.class, () -> SimulatorsMain.start(new String[] {"--delay-ms", "-1"}, out));
    }
}
