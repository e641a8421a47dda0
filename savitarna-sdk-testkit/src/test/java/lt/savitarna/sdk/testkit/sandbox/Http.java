package lt.savitarna.sdk.testkit.sandbox;

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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/** A plain java.net.http client for the sandbox tests: no SDK code on purpose. */
final class Http {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    Http(SandboxServer sandbox) {
        this.base = sandbox.baseUri();
    }

    /** A request to send as it is, or to adjust first. */
    final class Call {
        private final HttpRequest.Builder builder;
        private final String method;
        private String body;
        private byte[] bytes;

        Call(String method, String path) {
            this.method = method;
            this.builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10));
        }

        Call bearer(String token) {
            builder.header("Authorization", "Bearer " + token);
            return this;
        }

        Call header(String name, String value) {
            builder.header(name, value);
            return this;
        }

        Call key(String idempotencyKey) {
            return header("Idempotency-Key", idempotencyKey);
        }

        Call json(String json) {
            this.body = json;
            builder.header("Content-Type", "application/json");
            return this;
        }

        Call timeout(Duration timeout) {
            builder.timeout(timeout);
            return this;
        }

        /** A raw body, e.g. a multipart form. */
        Call body(byte[] content, String contentType) {
            this.bytes = content.clone();
            builder.header("Content-Type", contentType);
            return this;
        }

        /** Sends and keeps the body as bytes (downloads). */
        HttpResponse<byte[]> download() {
            try {
                return client.send(builder.method(method, publisher()).build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** Sends and hands the body over as a stream (large downloads). */
        HttpResponse<java.io.InputStream> stream() {
            try {
                return client.send(builder.method(method, publisher()).build(), HttpResponse.BodyHandlers.ofInputStream());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private HttpRequest.BodyPublisher publisher() {
            if (bytes != null) {
                return HttpRequest.BodyPublishers.ofByteArray(bytes);
            }
            return body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
        }

        Reply send() {
            try {
                return sendOrThrow();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Sends and lets an I/O failure through, for the fault tests. */
        Reply sendOrThrow() throws IOException {
            HttpRequest request = builder.method(method, publisher()).build();
            try {
                HttpResponse<String> response = client.send(request,
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                return new Reply(response);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }
    }

    Call get(String path) {
        return new Call("GET", path);
    }

    Call post(String path, String json) {
        return new Call("POST", path).json(json);
    }

    Call patch(String path, String json) {
        return new Call("PATCH", path).json(json);
    }

    Call delete(String path) {
        return new Call("DELETE", path);
    }

    /** A POST with a raw body. */
    Call post(String path, byte[] content, String contentType) {
        return new Call("POST", path).body(content, contentType);
    }

    /** The path of a workspace, e.g. {@code scope(AGROKONCERNAS_ID, JAVU_LAUKAS_PARTY_ID) + "/documents"}. */
    static String scope(String companyId, String partyId) {
        return "/api/v1/companies/" + companyId + "/parties/" + partyId;
    }

    Reply login(String email, String password) {
        return post("/api/v1/auth/password", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}").send();
    }

    String accessToken(String email, String password) {
        Reply reply = login(email, password);
        if (reply.status() != 200) {
            throw new AssertionError("login failed: " + reply);
        }
        return reply.json().getString("accessToken");
    }

    Reply register(String email, String idempotencyKey) {
        return post("/api/v1/registrations", registration("Ona", "Testaitė", email, "slaptas-123", true))
                .key(idempotencyKey).send();
    }

    static String registration(String first, String last, String email, String password, boolean privacy) {
        return "{\"firstName\":\"" + first + "\",\"lastName\":\"" + last + "\",\"email\":\"" + email
                + "\",\"password\":\"" + password + "\",\"consents\":{\"directMarketing\":false,"
                + "\"zemynaClub\":true,\"privacyPolicyAndRules\":" + privacy + "}}";
    }

    static String newKey() {
        return UUID.randomUUID().toString();
    }

    /** A received response. */
    record Reply(int status, HttpResponse<String> raw) {

        Reply(HttpResponse<String> raw) {
            this(raw.statusCode(), raw);
        }

        String body() {
            return raw.body();
        }

        Optional<String> header(String name) {
            return raw.headers().firstValue(name);
        }

        JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(raw.body()))) {
                return reader.readObject();
            }
        }

        /** The problem's stable code. */
        String code() {
            return json().getString("code");
        }

        /** {@code errors[0].field} of a problem. */
        String firstErrorField() {
            return json().getJsonArray("errors").getJsonObject(0).getString("field");
        }

        @Override
        public String toString() {
            return status + " " + raw.body();
        }
    }
}
