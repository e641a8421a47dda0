package lt.savitarna.sdk.testkit.sandbox.internal;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.spi.JsonProvider;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * JSON-P helpers. The provider and factories are looked up once: {@code jakarta.json.Json}'s
 * static methods run a service lookup on every call.
 */
public final class Json {

    private static final JsonProvider PROVIDER = JsonProvider.provider();
    private static final JsonBuilderFactory BUILDERS = PROVIDER.createBuilderFactory(Map.of());
    private static final JsonReaderFactory READERS = PROVIDER.createReaderFactory(Map.of());
    private static final JsonWriterFactory WRITERS = PROVIDER.createWriterFactory(Map.of());

    private Json() {
    }

    public static JsonObjectBuilder object() {
        return BUILDERS.createObjectBuilder();
    }

    public static JsonArrayBuilder array() {
        return BUILDERS.createArrayBuilder();
    }

    /** A string value, or JSON {@code null} for a Java {@code null}. */
    public static JsonValue stringOrNull(String value) {
        return value == null ? JsonValue.NULL : PROVIDER.createValue(value);
    }

    /** An instant as the contract writes it: ISO-8601 UTC to the second. */
    public static String instant(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    public static byte[] write(JsonValue value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonWriter writer = WRITERS.createWriter(out, StandardCharsets.UTF_8)) {
            writer.write(value);
        }
        return out.toByteArray();
    }

    /** Parses any JSON value; throws {@link JsonException} for malformed input. */
    public static JsonValue parse(byte[] body) {
        try (JsonReader reader = READERS.createReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8)) {
            return reader.readValue();
        }
    }

    /**
     * Parses a request body that must be a JSON object; anything else is the client's mistake
     * and answers {@code 400 VALIDATION_FAILED}.
     */
    public static JsonObject parseObject(byte[] body) {
        if (body.length == 0) {
            throw new ProblemException(Problem.validation(List.of(
                    new FieldError("body", "REQUIRED", "a JSON object is required"))));
        }
        JsonValue value;
        try {
            value = parse(body);
        } catch (JsonException | IllegalStateException e) {
            throw new ProblemException(Problem.validation(List.of(
                    new FieldError("body", "MALFORMED_JSON", "is not well-formed JSON"))));
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new ProblemException(Problem.validation(List.of(
                    new FieldError("body", "INVALID_TYPE", "must be a JSON object"))));
        }
        return value.asJsonObject();
    }
}
