package lt.savitarna.sdk.internal.http;

import jakarta.json.JsonObject;
import java.io.InputStream;
import java.net.http.HttpHeaders;
import java.util.Locale;
import java.util.function.Function;
import lt.savitarna.sdk.error.UnexpectedResponseException;
import lt.savitarna.sdk.internal.json.JsonCodec;
import lt.savitarna.sdk.internal.json.MalformedJsonException;

/**
 * A successful answer handed to a {@link ResponseReader}: either buffered ({@link #body()}) or,
 * for streaming readers, an open stream ({@link #stream()}) that the reader takes over.
 *
 * <pre>{@code
 * ResponseReader<Download> reader = ResponseReader.streaming(r ->
 *         new Download(r.headers().firstValue("Content-Type").orElse(null), r.stream()));
 * }</pre>
 */
public final class Response {

    private final int status;
    private final HttpHeaders headers;
    private final String requestId;
    private final byte[] body;
    private final InputStream stream;
    private final JsonCodec json;
    private final Locale locale;

    Response(int status, HttpHeaders headers, String requestId, byte[] body, InputStream stream, JsonCodec json,
             Locale locale) {
        this.status = status;
        this.headers = headers;
        this.requestId = requestId;
        this.body = body;
        this.stream = stream;
        this.json = json;
        this.locale = locale;
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** The answer's headers. */
    public HttpHeaders headers() {
        return headers;
    }

    /** The request id of the operation. */
    public String requestId() {
        return requestId;
    }

    /** The whole body of a buffered answer. */
    public byte[] body() {
        if (body == null) {
            throw new IllegalStateException("a streaming answer has no buffered body");
        }
        return body;
    }

    /** The body stream of a streaming answer; the reader must close it (or hand it on). */
    public InputStream stream() {
        if (stream == null) {
            throw new IllegalStateException("a buffered answer has no stream");
        }
        return stream;
    }

    /** The client's locale, for exceptions the reader throws. */
    public Locale locale() {
        return locale;
    }

    /**
     * Reads the body as a JSON object and maps it; a body that is not JSON, or that
     * {@code mapper} finds off the contract, becomes an {@link UnexpectedResponseException}.
     */
    public <T> T json(Function<JsonObject, T> mapper) {
        try {
            return mapper.apply(json.readObject(body()));
        } catch (MalformedJsonException | IllegalArgumentException | NullPointerException e) {
            throw unexpected(e);
        }
    }

    /** The client's JSON codec. */
    public JsonCodec codec() {
        return json;
    }

    /** An exception saying the body broke the contract, e.g. a required field was missing. */
    public UnexpectedResponseException unexpected(Throwable cause) {
        return new UnexpectedResponseException(status, requestId, locale, cause);
    }
}
