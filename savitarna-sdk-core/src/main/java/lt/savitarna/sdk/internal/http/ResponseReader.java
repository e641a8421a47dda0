package lt.savitarna.sdk.internal.http;

import jakarta.json.JsonObject;
import java.util.Objects;
import java.util.function.Function;

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
        };
    }
}
