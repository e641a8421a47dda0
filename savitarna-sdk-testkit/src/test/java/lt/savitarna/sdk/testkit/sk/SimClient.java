package lt.savitarna.sdk.testkit.sk;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** A plain JDK HTTP/1.1 client trusting the test CA, as a relying party would hold one. */
final class SimClient {

    /** An answer: status, body text and the body as JSON (or null when it is not JSON). */
    record Reply(int status, String body, JsonObject json) {
        String string(String name) {
            return json.getString(name);
        }
    }

    private final HttpClient http;

    SimClient(TestPki pki) {
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .sslContext(pki.sslContext())
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    Reply post(URI uri, JsonObject body) {
        return post(uri, body.toString());
    }

    Reply post(URI uri, String body) {
        return send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    Reply get(URI uri) {
        return send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build());
    }

    Reply send(String method, URI uri) {
        return send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .method(method, HttpRequest.BodyPublishers.noBody()).build());
    }

    CompletableFuture<Reply> getAsync(URI uri, Duration timeout) {
        return http.sendAsync(HttpRequest.newBuilder(uri).timeout(timeout).GET().build(),
                HttpResponse.BodyHandlers.ofString()).thenApply(SimClient::reply);
    }

    private Reply send(HttpRequest request) {
        try {
            return reply(http.send(request, HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Reply reply(HttpResponse<String> response) {
        String body = response.body();
        JsonObject json = null;
        if (body.startsWith("{")) {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                json = reader.readObject();
            }
        }
        return new Reply(response.statusCode(), body, json);
    }
}
