package lt.savitarna.sdk.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Turns a valid answer into a broken one, the way a faulty proxy, a truncated connection or a
 * server of another version would: flipped bytes, cuts, values of the wrong type, huge numbers,
 * deep nesting, invalid UTF-8, unknown, missing and duplicated fields. Deterministic for a given
 * {@link Random}, so that a failing case can be replayed from its seed.
 *
 * <pre>{@code
 * byte[] broken = Mutator.mutate(seedBody, new Random(seed));
 * }</pre>
 */
public final class Mutator {

    /** Values of every JSON type, and the edge cases parsers and mappers trip over. */
    private static final List<String> ODD_VALUES = List.of("null", "true", "false", "0", "-0", "-1", "1.5",
            "1e999999999", "-1e-999999999", "123456789012345678901234567890", "9223372036854775808",
            "-9223372036854775809", "1E400", "\"\"", "\" \"", "\"\\u0000\"", "\"\\ud800\"", "\"2026-13-45T25:61:61Z\"",
            "\"+999999999-12-31T23:59:59Z\"", "\"NaN\"", "\"-Infinity\"", "\"1e999999999\"", "\"0x1F\"",
            "\"../../etc/passwd\"", "\"%s%n%x\"", "{}", "[]", "[null]", "[{}]", "{\"a\":{}}", "\"" + "x".repeat(70_000) + "\"");

    private Mutator() {
    }

    /** One to three mutations of {@code body}. */
    public static byte[] mutate(byte[] body, Random random) {
        byte[] out = body;
        int rounds = 1 + random.nextInt(3);
        for (int i = 0; i < rounds; i++) {
            out = once(out, random);
        }
        return out;
    }

    private static byte[] once(byte[] body, Random random) {
        switch (random.nextInt(12)) {
            case 0:
                return flip(body, random);
            case 1:
                return body.length == 0 ? body : java.util.Arrays.copyOf(body, random.nextInt(body.length));
            case 2:
                return insert(body, random, invalidUtf8(random));
            case 3:
                return deepNesting(random);
            case 4:
                return duplicateKey(body, random);
            case 5:
                return insert(body, random, ODD_VALUES.get(random.nextInt(ODD_VALUES.size()))
                        .getBytes(StandardCharsets.UTF_8));
            default:
                return structural(body, random);
        }
    }

    private static byte[] flip(byte[] body, Random random) {
        if (body.length == 0) {
            return new byte[] {(byte) random.nextInt(256)};
        }
        byte[] out = body.clone();
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            out[random.nextInt(out.length)] = (byte) random.nextInt(256);
        }
        return out;
    }

    private static byte[] insert(byte[] body, Random random, byte[] what) {
        int at = body.length == 0 ? 0 : random.nextInt(body.length + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + what.length);
        out.write(body, 0, at);
        out.write(what, 0, what.length);
        out.write(body, at, body.length - at);
        return out.toByteArray();
    }

    private static byte[] invalidUtf8(Random random) {
        byte[][] bad = {{(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xED, (byte) 0xA0,
                (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {0}};
        return bad[random.nextInt(bad.length)];
    }

    private static byte[] deepNesting(Random random) {
        int depth = 1_000 + random.nextInt(50_000);
        boolean arrays = random.nextBoolean();
        StringBuilder s = new StringBuilder(depth * 6);
        for (int i = 0; i < depth; i++) {
            s.append(arrays ? "[" : "{\"a\":");
        }
        s.append("1");
        if (random.nextBoolean()) {
            for (int i = 0; i < depth; i++) {
                s.append(arrays ? "]" : "}");
            }
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Repeats the first key of the document with another value: {@code {"id":1,"id":"x",...}}. */
    private static byte[] duplicateKey(byte[] body, Random random) {
        String s = new String(body, StandardCharsets.UTF_8);
        int open = s.indexOf('{');
        int colon = s.indexOf("\":", open);
        if (open < 0 || colon < 0) {
            return flip(body, random);
        }
        String key = s.substring(open + 1, colon + 1);
        String value = ODD_VALUES.get(random.nextInt(ODD_VALUES.size()));
        return (s.substring(0, open + 1) + key + ":" + value + "," + s.substring(open + 1))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Parses the body and changes one value deep inside: another type, removed, or a new field beside it. */
    private static byte[] structural(byte[] body, Random random) {
        JsonValue root;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            root = reader.readValue();
        } catch (RuntimeException e) {
            return flip(body, random);
        }
        JsonValue changed = change(root, random, 0);
        return changed.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static JsonValue change(JsonValue value, Random random, int depth) {
        if (value instanceof JsonObject o && !o.isEmpty() && (depth == 0 || random.nextInt(3) > 0)) {
            List<String> keys = new ArrayList<>(o.keySet());
            String key = keys.get(random.nextInt(keys.size()));
            JsonObjectBuilder b = Json.createObjectBuilder();
            for (Map.Entry<String, JsonValue> e : o.entrySet()) {
                if (!e.getKey().equals(key)) {
                    b.add(e.getKey(), e.getValue());
                    continue;
                }
                int what = random.nextInt(4);
                if (what == 0) {
                    continue; // missing field
                }
                if (what == 1) {
                    b.add(key, e.getValue());
                    b.add("unknown_" + random.nextInt(1000), odd(random)); // unknown field beside it
                    continue;
                }
                b.add(key, what == 2 ? odd(random) : change(e.getValue(), random, depth + 1));
            }
            return b.build();
        }
        if (value instanceof JsonArray a && !a.isEmpty() && random.nextInt(3) > 0) {
            int index = random.nextInt(a.size());
            JsonArrayBuilder b = Json.createArrayBuilder();
            for (int i = 0; i < a.size(); i++) {
                b.add(i == index ? change(a.get(i), random, depth + 1) : a.get(i));
            }
            return b.build();
        }
        return odd(random);
    }

    private static JsonValue odd(Random random) {
        String text = ODD_VALUES.get(random.nextInt(ODD_VALUES.size()));
        try (JsonReader reader = Json.createReader(new java.io.StringReader(text))) {
            return reader.readValue();
        } catch (RuntimeException e) {
            return Json.createValue(text); // a value the JSON reader itself refuses, kept as text
        }
    }

    /** Header values a broken proxy or server might send. */
    public static String oddHeader(Random random) {
        String[] values = {"", " ", "application/json", "application/problem+json", "text/html", "json",
                "application/json; charset=ISO-8859-1", "application/json;;;", "\u0000", "999999999999999999999",
                "-1", "0", "1.5", "Wed, 21 Oct 2015 07:28:00 GMT", "Wed, 31 Feb 2015 07:28:00 GMT",
                "Sun, 06 Nov 1994 08:49:37 XYZ", "Mon, 01 Jan +999999999 00:00:00 GMT", "in a minute", "120 ",
                "\u0663\u0660", "1e3", "x".repeat(10_000)};
        String value = values[random.nextInt(values.length)];
        return random.nextInt(4) == 0 ? new String(flip(value.getBytes(StandardCharsets.UTF_8), random),
                StandardCharsets.UTF_8) : value;
    }
}
