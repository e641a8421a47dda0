package lt.savitarna.sdk.internal.json;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads fields of a JSON object the way the contract asks: absent and {@code null} mean the same,
 * unknown fields are never looked at, and a field of the wrong type makes the document malformed
 * ({@link MalformedJsonException}) rather than silently wrong.
 *
 * <pre>{@code
 * GroupCompany c = new GroupCompany(JsonFields.requiredString(o, "id"), JsonFields.string(o, "name"),
 *         JsonFields.string(o, "companyCode"));
 * }</pre>
 */
public final class JsonFields {

    private JsonFields() {
    }

    /** A string field, or {@code null} when absent. */
    public static String string(JsonObject o, String name) {
        JsonValue v = value(o, name);
        if (v == null) {
            return null;
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        throw wrongType(name, "a string", v);
    }

    /** A string field that must be present and not blank. */
    public static String requiredString(JsonObject o, String name) {
        String s = string(o, name);
        if (s == null || s.isBlank()) {
            throw new MalformedJsonException("required field '" + name + "' is missing");
        }
        return s;
    }

    /** A boolean field, or {@code null} when absent. */
    public static Boolean bool(JsonObject o, String name) {
        JsonValue v = value(o, name);
        if (v == null) {
            return null;
        }
        if (v == JsonValue.TRUE || v.getValueType() == JsonValue.ValueType.TRUE) {
            return Boolean.TRUE;
        }
        if (v == JsonValue.FALSE || v.getValueType() == JsonValue.ValueType.FALSE) {
            return Boolean.FALSE;
        }
        throw wrongType(name, "a boolean", v);
    }

    /** A boolean field; absent reads as {@code false}. */
    public static boolean isTrue(JsonObject o, String name) {
        return Boolean.TRUE.equals(bool(o, name));
    }

    /** An integral number field, or {@code null} when absent. */
    public static Long longValue(JsonObject o, String name) {
        JsonValue v = value(o, name);
        if (v == null) {
            return null;
        }
        if (v instanceof JsonNumber n) {
            try {
                return n.longValueExact();
            } catch (ArithmeticException e) {
                throw new MalformedJsonException("field '" + name + "' is not a whole number", e);
            }
        }
        throw wrongType(name, "a number", v);
    }

    /**
     * The most digits a decimal may have before and after the point. Money and quantities need far
     * fewer; a value such as {@code 1e999999999} is well-formed JSON but would take gigabytes to
     * print or compute with, so it is refused as off the contract.
     */
    static final int MAX_DECIMAL_DIGITS = 40;

    /**
     * A decimal given as a string (money) or a number, or {@code null} when absent; at most
     * {@value #MAX_DECIMAL_DIGITS} digits before and after the point.
     */
    public static BigDecimal decimal(JsonObject o, String name) {
        JsonValue v = value(o, name);
        if (v == null) {
            return null;
        }
        BigDecimal d;
        if (v instanceof JsonNumber n) {
            d = n.bigDecimalValue();
        } else if (v instanceof JsonString s) {
            try {
                d = new BigDecimal(s.getString());
            } catch (NumberFormatException e) {
                throw new MalformedJsonException("field '" + name + "' is not a decimal", e);
            }
        } else {
            throw wrongType(name, "a decimal", v);
        }
        long integerDigits = (long) d.precision() - d.scale();
        if (integerDigits > MAX_DECIMAL_DIGITS || d.scale() > MAX_DECIMAL_DIGITS) {
            throw new MalformedJsonException("field '" + name + "' is a decimal out of any sensible range");
        }
        return d;
    }

    /**
     * An ISO-8601 instant field ({@code 2026-11-24T10:15:30Z}, with an optional fraction and a
     * {@code Z} or {@code ±hh:mm} offset), or {@code null} when absent.
     */
    public static Instant instant(JsonObject o, String name) {
        String s = string(o, name);
        if (s == null) {
            return null;
        }
        Instant fast = IsoDateTimes.parseCommon(s);
        if (fast != null) {
            return fast;
        }
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw new MalformedJsonException("field '" + name + "' is not an ISO-8601 instant", e);
        }
    }

    /** An ISO-8601 date field ({@code 2026-11-24}), or {@code null} when absent. */
    public static LocalDate date(JsonObject o, String name) {
        String s = string(o, name);
        if (s == null) {
            return null;
        }
        LocalDate fast = IsoDateTimes.parseCommonDate(s);
        if (fast != null) {
            return fast;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new MalformedJsonException("field '" + name + "' is not an ISO-8601 date", e);
        }
    }

    /** An object field, or {@code null} when absent. */
    public static JsonObject object(JsonObject o, String name) {
        JsonValue v = value(o, name);
        if (v == null) {
            return null;
        }
        if (v.getValueType() == JsonValue.ValueType.OBJECT) {
            return v.asJsonObject();
        }
        throw wrongType(name, "an object", v);
    }

    /** An array of objects, each mapped; empty when absent. */
    public static <T> List<T> list(JsonObject o, String name, Function<JsonObject, T> item) {
        JsonValue v = value(o, name);
        if (v == null) {
            return List.of();
        }
        if (v.getValueType() != JsonValue.ValueType.ARRAY) {
            throw wrongType(name, "an array", v);
        }
        List<T> out = new ArrayList<>();
        for (JsonValue element : v.asJsonArray()) {
            if (element.getValueType() != JsonValue.ValueType.OBJECT) {
                throw wrongType(name + "[]", "an object", element);
            }
            out.add(item.apply(element.asJsonObject()));
        }
        return List.copyOf(out);
    }

    private static JsonValue value(JsonObject o, String name) {
        JsonValue v = o.get(name);
        return v == null || v.getValueType() == JsonValue.ValueType.NULL ? null : v;
    }

    private static MalformedJsonException wrongType(String name, String expected, JsonValue actual) {
        return new MalformedJsonException("field '" + name + "' should be " + expected + ", is "
                + actual.getValueType());
    }
}
