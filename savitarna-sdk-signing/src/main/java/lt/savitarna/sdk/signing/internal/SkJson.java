package lt.savitarna.sdk.signing.internal;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.spi.JsonProvider;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Map;

/**
 * JSON-P trees for the e-signature services: nothing is bound by reflection, so no package needs
 * to be opened, and unknown fields are ignored by construction (as SK asks).
 *
 * <pre>{@code
 * byte[] body = SkJson.write(SkJson.object().add("relyingPartyName", "DEMO").build());
 * JsonObject answer = SkJson.parse(bytes, failures);
 * }</pre>
 */
public final class SkJson {

    private static final JsonProvider PROVIDER = JsonProvider.provider();

    private SkJson() {
    }

    /** A builder for a request body. */
    public static JsonObjectBuilder object() {
        return PROVIDER.createObjectBuilder();
    }

    /** A builder for an array. */
    public static jakarta.json.JsonArrayBuilder array() {
        return PROVIDER.createArrayBuilder();
    }

    /** A body as UTF-8 bytes. */
    public static byte[] write(JsonObject o) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonWriter w = PROVIDER.createWriterFactory(Map.of()).createWriter(out)) {
            w.writeObject(o);
        }
        return out.toByteArray();
    }

    /**
     * Parses an answer that must be a JSON object.
     *
     * @throws lt.savitarna.sdk.signature.MalformedResponseException when it is not
     */
    public static JsonObject parse(byte[] utf8, Failures failures) {
        JsonValue value;
        try (JsonReader r = PROVIDER.createReader(new ByteArrayInputStream(utf8))) {
            value = r.readValue();
        } catch (JsonException | IllegalStateException e) {
            throw failures.malformed("not valid JSON", e);
        } catch (RuntimeException e) {
            // The parser refuses some inputs with a bare RuntimeException (nesting deeper than its
            // limit): still just an answer that is not valid JSON, never a failure of another kind.
            throw failures.malformed("not valid JSON", e);
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw failures.malformed("expected a JSON object, got " + value.getValueType());
        }
        return value.asJsonObject();
    }
}
