package lt.savitarna.sdk.testkit.sandbox.internal;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads fields of a request object and collects every problem instead of stopping at the
 * first, so that one {@code 400} can list all invalid fields. Unknown fields are ignored, as the
 * contract requires of readers.
 */
public final class FieldReader {

    private final JsonObject object;
    private final String prefix;
    private final List<FieldError> errors;

    public FieldReader(JsonObject object) {
        this(object, "", new ArrayList<>());
    }

    private FieldReader(JsonObject object, String prefix, List<FieldError> errors) {
        this.object = object;
        this.prefix = prefix;
        this.errors = errors;
    }

    /** The full field name as it appears in {@code errors[].field}, e.g. {@code consents.zemynaClub}. */
    public String path(String name) {
        return prefix + name;
    }

    /** Whether the field is present and not JSON {@code null}. */
    public boolean has(String name) {
        JsonValue value = object.get(name);
        return value != null && value.getValueType() != JsonValue.ValueType.NULL;
    }

    public Optional<String> string(String name) {
        if (!has(name)) {
            return Optional.empty();
        }
        JsonValue value = object.get(name);
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            error(name, "INVALID_TYPE", "must be a string");
            return Optional.empty();
        }
        return Optional.of(object.getString(name));
    }

    /** A string that must be present; records {@code REQUIRED} otherwise. */
    public Optional<String> requiredString(String name) {
        if (!has(name)) {
            error(name, "REQUIRED", "is required");
            return Optional.empty();
        }
        return string(name);
    }

    public Optional<Boolean> bool(String name) {
        if (!has(name)) {
            return Optional.empty();
        }
        JsonValue value = object.get(name);
        if (value.getValueType() == JsonValue.ValueType.TRUE) {
            return Optional.of(Boolean.TRUE);
        }
        if (value.getValueType() == JsonValue.ValueType.FALSE) {
            return Optional.of(Boolean.FALSE);
        }
        error(name, "INVALID_TYPE", "must be true or false");
        return Optional.empty();
    }

    /** An integer; fractions and non-numbers are {@code INVALID_TYPE}. */
    public Optional<Long> integer(String name) {
        if (!has(name)) {
            return Optional.empty();
        }
        JsonValue value = object.get(name);
        if (value.getValueType() == JsonValue.ValueType.NUMBER
                && ((JsonNumber) value).isIntegral()) {
            try {
                return Optional.of(((JsonNumber) value).longValueExact());
            } catch (ArithmeticException e) {
                // falls through to the type error: out of range
            }
        }
        error(name, "INVALID_TYPE", "must be an integer");
        return Optional.empty();
    }

    /** A reader for a nested object; empty (every field absent) when the field is absent or invalid. */
    public FieldReader nested(String name) {
        JsonObject nested = JsonValue.EMPTY_JSON_OBJECT;
        if (has(name)) {
            JsonValue value = object.get(name);
            if (value.getValueType() == JsonValue.ValueType.OBJECT) {
                nested = value.asJsonObject();
            } else {
                error(name, "INVALID_TYPE", "must be an object");
            }
        }
        return new FieldReader(nested, path(name) + ".", errors);
    }

    public void error(String name, String code, String message) {
        errors.add(new FieldError(path(name), code, message));
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    /** Throws {@code 400 VALIDATION_FAILED} listing every collected error, if there is any. */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.validation(errors()));
        }
    }
}
