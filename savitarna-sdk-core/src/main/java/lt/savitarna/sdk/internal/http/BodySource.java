package lt.savitarna.sdk.internal.http;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A request body that can be published again for every attempt, with what the TRACE log may show
 * of it.
 *
 * <pre>{@code
 * BodySource consents = BodySource.json(codec.write(object));
 * BodySource upload = BodySource.of("application/pdf", () -> BodyPublishers.ofFile(path));
 * }</pre>
 */
public interface BodySource {

    /** A fresh publisher for one attempt. */
    HttpRequest.BodyPublisher publisher();

    /** The {@code Content-Type} to send. */
    String contentType();

    /** What the TRACE log shows: redacted JSON, or a note that the body is not logged. */
    String logText();

    /** A JSON body; its text is logged at TRACE with secret-looking values redacted. */
    static BodySource json(byte[] utf8) {
        Objects.requireNonNull(utf8, "utf8");
        return new BodySource() {
            @Override
            public HttpRequest.BodyPublisher publisher() {
                return HttpRequest.BodyPublishers.ofByteArray(utf8);
            }

            @Override
            public String contentType() {
                return "application/json";
            }

            @Override
            public String logText() {
                return Redaction.redactBody(new String(utf8, StandardCharsets.UTF_8));
            }
        };
    }

    /**
     * A JSON body carrying credentials (password, refresh token): its bytes are never turned into
     * text, not even for the log. The caller owns {@code utf8} and zeroes it when the call is done.
     */
    static BodySource secretJson(byte[] utf8) {
        Objects.requireNonNull(utf8, "utf8");
        return new BodySource() {
            @Override
            public HttpRequest.BodyPublisher publisher() {
                return HttpRequest.BodyPublishers.ofByteArray(utf8);
            }

            @Override
            public String contentType() {
                return "application/json";
            }

            @Override
            public String logText() {
                return "[" + utf8.length + " bytes with credentials, not logged]";
            }
        };
    }

    /** Any other body, e.g. an upload; re-created per attempt by {@code publishers}. */
    static BodySource of(String contentType, Supplier<HttpRequest.BodyPublisher> publishers) {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(publishers, "publishers");
        return new BodySource() {
            @Override
            public HttpRequest.BodyPublisher publisher() {
                return publishers.get();
            }

            @Override
            public String contentType() {
                return contentType;
            }

            @Override
            public String logText() {
                return "[" + contentType + " body, not logged]";
            }
        };
    }
}
