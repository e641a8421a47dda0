package lt.savitarna.sdk.benchmarks.raw;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

/**
 * The fair "raw" path to the portal: the JDK's HTTP client and JSON-B (Yasson) binding to plain
 * local classes, with no retries, no error mapping and no checks beyond the status code. What an
 * integrator would write by hand.
 */
public final class RawPortal {

    private final HttpClient http;
    private final Jsonb jsonb;
    private final URI base;
    private String bearer;

    public RawPortal(URI base) {
        this.base = base;
        // HTTP/1.1, as the SDK uses on plain loopback HTTP.
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        this.jsonb = JsonbBuilder.create();
    }

    /** Logs in with a password and keeps the access token. */
    public RawPortal login(String email, String password) {
        String body = jsonb.toJson(Map.of("email", email, "password", password));
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/auth/password"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        RawTokens tokens = jsonb.fromJson(send(request), RawTokens.class);
        bearer = "Bearer " + tokens.accessToken;
        return this;
    }

    /** One page of a workspace's documents. */
    public RawDocumentPage documents(String companyId, String partyId, int limit) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(
                        "/api/v1/companies/" + companyId + "/parties/" + partyId + "/documents?limit=" + limit))
                .header("Authorization", bearer).header("Accept", "application/json").GET().build();
        return jsonb.fromJson(send(request), RawDocumentPage.class);
    }

    /** Downloads a document's file straight to {@code target}; returns its size. */
    public long download(String companyId, String partyId, String documentId, Path target) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(
                        "/api/v1/companies/" + companyId + "/parties/" + partyId + "/documents/" + documentId
                                + "/content"))
                .header("Authorization", bearer).GET().build();
        try {
            HttpResponse<Path> response = http.send(request, HttpResponse.BodyHandlers.ofFile(target));
            if (response.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + response.statusCode());
            }
            return target.toFile().length();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
