package lt.savitarna.sdk.internal.http;

import jakarta.json.JsonObject;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Turns a successful answer into a result. Buffered readers see the whole body; streaming readers
 * get the open body stream as soon as the headers arrive (for downloads of any size).
 *
 * <pre>{@code
 * ResponseReader<Profile> me = ResponseReader.json(WireMapping::profile);
 * ResponseReader<InputStream> download = ResponseReader.streaming(Response::stream);
 * }</pre>
 */
@FunctionalInterface
public interface ResponseReader<T> {

    /** Reads the answer; may throw {@code UnexpectedResponseException} for a body off the contract. */
    T read(Response response);

    /** Whether this reader wants the body as a stream rather than buffered. */
    default boolean streaming() {
        return false;
    }

    /**
     * How a streaming reader receives a successful answer's body: by default the JDK's input
     * stream; a reader may bring its own subscriber, which is then what {@link Response#stream()}
     * returns.
     */
    default HttpResponse.BodySubscriber<InputStream> bodySubscriber() {
        return HttpResponse.BodySubscribers.ofInputStream();
    }

    /** Reads a JSON object body and maps it (see {@code JsonFields}). */
    static <T> ResponseReader<T> json(Function<JsonObject, T> mapper) {
        Objects.requireNonNull(mapper, "mapper");
        return response -> response.json(mapper);
    }

    /** Ignores the body (e.g. {@code 204 No Content}). */
    static ResponseReader<Void> discard() {
        return response -> null;
    }

    /** Hands the open body stream to {@code reader}, which owns it from then on. */
    static <T> ResponseReader<T> streaming(Function<Response, T> reader) {
        return streaming(HttpResponse.BodySubscribers::ofInputStream, reader);
    }

    /**
     * Like {@link #streaming(Function)}, with each answer's body received by a fresh subscriber
     * from {@code body}, e.g. one that queues the client's buffers for a file.
     */
    static <T> ResponseReader<T> streaming(Supplier<? extends HttpResponse.BodySubscriber<InputStream>> body,
                                           Function<Response, T> reader) {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(reader, "reader");
        return new ResponseReader<>() {
            @Override
            public T read(Response response) {
                return reader.apply(response);
            }

            @Override
            public boolean streaming() {
                return true;
            }

            @Override
            public HttpResponse.BodySubscriber<InputStream> bodySubscriber() {
                return body.get();
            }
        };
    }
}
