package lt.savitarna.sdk.internal.json;

import java.util.Arrays;

/**
 * Writes a small JSON object straight into UTF-8 bytes, so that a password given as
 * {@code char[]} never becomes a {@code String}. Every buffer it lets go of is zeroed first; the
 * caller zeroes the array returned by {@link #toBytes()} once the request is done.
 *
 * <pre>{@code
 * byte[] body = new SecretJsonWriter().beginObject()
 *         .field("email", email).field("password", password)
 *         .endObject().toBytes();
 * }</pre>
 */
public final class SecretJsonWriter {

    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private byte[] buf = new byte[256];
    private int len;
    private boolean needComma;

    /** Starts an object, at the top level or as the value of the field just named. */
    public SecretJsonWriter beginObject() {
        put('{');
        needComma = false;
        return this;
    }

    /** Starts an object-valued field. */
    public SecretJsonWriter beginObject(String name) {
        name(name);
        return beginObject();
    }

    /** Ends the current object. */
    public SecretJsonWriter endObject() {
        put('}');
        needComma = true;
        return this;
    }

    /** A string field; {@code null} values are left out. */
    public SecretJsonWriter field(String name, CharSequence value) {
        if (value != null) {
            name(name);
            string(value.length(), value::charAt);
        }
        return this;
    }

    /** A string field from characters, which are read but not kept. */
    public SecretJsonWriter field(String name, char[] value) {
        if (value != null) {
            name(name);
            string(value.length, i -> value[i]);
        }
        return this;
    }

    /** A boolean field. */
    public SecretJsonWriter field(String name, boolean value) {
        name(name);
        ascii(value ? "true" : "false");
        needComma = true;
        return this;
    }

    /** The document as an exact-size array; the writer's own buffer is zeroed and dropped. */
    public byte[] toBytes() {
        byte[] out = Arrays.copyOf(buf, len);
        Arrays.fill(buf, (byte) 0);
        buf = new byte[0];
        len = 0;
        return out;
    }

    private void name(String name) {
        if (needComma) {
            put(',');
        }
        string(name.length(), name::charAt);
        put(':');
    }

    @FunctionalInterface
    private interface CharAt {
        char at(int index);
    }

    private void string(int to, CharAt chars) {
        put('"');
        for (int i = 0; i < to; i++) {
            char c = chars.at(i);
            if (c == '"' || c == '\\') {
                put('\\');
                put(c);
            } else if (c < 0x20) {
                escapeControl(c);
            } else if (c < 0x80) {
                put(c);
            } else if (c < 0x800) {
                put(0xC0 | (c >> 6));
                put(0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(chars.at(i + 1))) {
                int cp = Character.toCodePoint(c, chars.at(++i));
                put(0xF0 | (cp >> 18));
                put(0x80 | ((cp >> 12) & 0x3F));
                put(0x80 | ((cp >> 6) & 0x3F));
                put(0x80 | (cp & 0x3F));
            } else if (Character.isSurrogate(c)) {
                put('?'); // a lone surrogate has no UTF-8 form
            } else {
                put(0xE0 | (c >> 12));
                put(0x80 | ((c >> 6) & 0x3F));
                put(0x80 | (c & 0x3F));
            }
        }
        put('"');
        needComma = true;
    }

    private void escapeControl(char c) {
        switch (c) {
            case '\n' -> ascii("\\n");
            case '\r' -> ascii("\\r");
            case '\t' -> ascii("\\t");
            case '\b' -> ascii("\\b");
            case '\f' -> ascii("\\f");
            default -> {
                ascii("\\u00");
                put(HEX[(c >> 4) & 0xF]);
                put(HEX[c & 0xF]);
            }
        }
    }

    private void ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            put(s.charAt(i));
        }
    }

    private void put(int b) {
        if (len == buf.length) {
            byte[] bigger = Arrays.copyOf(buf, Math.max(16, buf.length * 2));
            Arrays.fill(buf, (byte) 0);
            buf = bigger;
        }
        buf[len++] = (byte) b;
    }
}
