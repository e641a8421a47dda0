package lt.savitarna.sdk.testkit.sk.internal;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.spi.JsonProvider;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** JSON-P helpers for the simulators; the provider is looked up once. */
public final class SimJson {

    private static final JsonProvider PROVIDER = JsonProvider.provider();
    private static final JsonBuilderFactory BUILDERS = PROVIDER.createBuilderFactory(Map.of());
    private static final JsonReaderFactory READERS = PROVIDER.createReaderFactory(Map.of());
    private static final JsonWriterFactory WRITERS = PROVIDER.createWriterFactory(Map.of());

    private SimJson() {
    }

    public static JsonObjectBuilder object() {
        return BUILDERS.createObjectBuilder();
    }

    public static JsonArrayBuilder array() {
        return BUILDERS.createArrayBuilder();
    }

    public static JsonArrayBuilder array(Collection<String> strings) {
        return BUILDERS.createArrayBuilder(strings);
    }

    public static byte[] write(JsonValue value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        try (JsonWriter writer = WRITERS.createWriter(out, StandardCharsets.UTF_8)) {
            writer.write(value);
        }
        return out.toByteArray();
    }

    /**
     * Parses a request body that must be a JSON object.
     *
     * @param badRequest how the caller's API words a malformed body
     * @throws SimHttpException 400 with {@code badRequest} when it is not one
     */
    public static JsonObject parseObject(byte[] body, SimHttpException badRequest) {
        if (body.length == 0) {
            throw badRequest;
        }
        try (JsonReader reader = READERS.createReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8)) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw badRequest;
            }
            return value.asJsonObject();
        } catch (JsonException | IllegalStateException e) {
            throw badRequest;
        }
    }

    /**
     * A string member: empty when absent or JSON {@code null}.
     *
     * @throws SimHttpException from {@code wrongType} when the member is present but not a string
     */
    public static Optional<String> string(JsonObject object, String name, SimHttpException wrongType) {
        JsonValue value = object.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw wrongType;
        }
        return Optional.of(((JsonString) value).getString());
    }
}
