package lt.savitarna.sdk.internal.json;

import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.spi.JsonProvider;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The client's one JSON-B instance, used to read and write JSON-P trees.
 *
 * <p>Why trees and not data binding: Yasson reaches bound classes through
 * {@code MethodHandles.publicLookup()}, so on the module path it can only bind classes in
 * unconditionally exported packages; {@code opens ... to org.eclipse.yasson} is not enough. Binding
 * the wire shapes would force exporting them. Reading a {@link JsonObject} and mapping it
 * explicitly (see {@link JsonFields}) keeps them internal, needs no reflection, and ignores unknown
 * properties by construction.
 *
 * <pre>{@code
 * JsonObject o = codec.readObject(bytes);
 * byte[] body = codec.write(codec.objectBuilder().add("zemynaClub", true).build());
 * }</pre>
 */
public final class JsonCodec implements AutoCloseable {

    private final Jsonb jsonb;
    private final JsonBuilderFactory builders;

    private JsonCodec(Jsonb jsonb, JsonBuilderFactory builders) {
        this.jsonb = jsonb;
        this.builders = builders;
    }

    /** Creates a codec. */
    public static JsonCodec create() {
        JsonbConfig config = new JsonbConfig().withNullValues(false);
        return new JsonCodec(JsonbBuilder.create(config), JsonProvider.provider().createBuilderFactory(Map.of()));
    }

    /**
     * Reads a UTF-8 JSON document that must be an object.
     *
     * @throws MalformedJsonException when it is not valid JSON or not an object
     */
    public JsonObject readObject(byte[] utf8) {
        JsonValue value;
        try {
            value = jsonb.fromJson(new ByteArrayInputStream(utf8), JsonValue.class);
        } catch (JsonbException | jakarta.json.JsonException e) {
            throw new MalformedJsonException("not valid JSON", e);
        }
        if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new MalformedJsonException("expected a JSON object, got "
                    + (value == null ? "nothing" : value.getValueType()));
        }
        return value.asJsonObject();
    }

    /** A builder for a JSON object to send. */
    public JsonObjectBuilder objectBuilder() {
        return builders.createObjectBuilder();
    }

    /** Writes a JSON value as UTF-8 bytes. */
    public byte[] write(JsonValue value) {
        return jsonb.toJson(value).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        try {
            jsonb.close();
        } catch (Exception e) {
            // Closing only drops caches; nothing a caller could act on.
        }
    }
}
