package lt.savitarna.sdk.testkit.sandbox.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code ; name=value} parameters of header values such as {@code Content-Type} and
 * {@code Content-Disposition}, with quoted strings and RFC 8187 extended values
 * ({@code filename*=UTF-8''%C5%BE.pdf}).
 */
public final class HeaderParameters {

    private HeaderParameters() {
    }

    /** Parameter names in lower case to their (unquoted) values; the leading token is skipped. */
    public static Map<String, String> parse(String headerValue) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (headerValue == null) {
            return parameters;
        }
        int i = headerValue.indexOf(';');
        while (i >= 0 && i < headerValue.length()) {
            i++;
            int eq = headerValue.indexOf('=', i);
            if (eq < 0) {
                break;
            }
            String name = headerValue.substring(i, eq).trim().toLowerCase(Locale.ROOT);
            int j = eq + 1;
            while (j < headerValue.length() && headerValue.charAt(j) == ' ') {
                j++;
            }
            StringBuilder value = new StringBuilder();
            if (j < headerValue.length() && headerValue.charAt(j) == '"') {
                j++;
                while (j < headerValue.length() && headerValue.charAt(j) != '"') {
                    char c = headerValue.charAt(j);
                    if (c == '\\' && j + 1 < headerValue.length()) {
                        c = headerValue.charAt(++j);
                    }
                    value.append(c);
                    j++;
                }
                j = headerValue.indexOf(';', j);
            } else {
                int end = headerValue.indexOf(';', j);
                value.append(headerValue, j, end < 0 ? headerValue.length() : end);
                j = end;
            }
            if (!name.isEmpty()) {
                parameters.putIfAbsent(name, name.endsWith("*") ? value.toString() : value.toString().trim());
            }
            i = j;
        }
        return parameters;
    }

    /** Decodes an RFC 8187 value {@code charset'language'percent-encoded}; empty if it is not one. */
    public static Optional<String> decodeExtended(String value) {
        int first = value.indexOf('\'');
        int second = first < 0 ? -1 : value.indexOf('\'', first + 1);
        if (second < 0) {
            return Optional.empty();
        }
        Charset charset;
        try {
            charset = Charset.forName(value.substring(0, first));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String encoded = value.substring(second + 1);
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%' && i + 2 < encoded.length()) {
                int high = Character.digit(encoded.charAt(i + 1), 16);
                int low = Character.digit(encoded.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return Optional.empty();
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c == '%' || c > 0x7e) {
                return Optional.empty();
            } else {
                bytes.write(c);
            }
        }
        return Optional.of(new String(bytes.toByteArray(), charset));
    }

    /** The RFC 8187 form of {@code value} in UTF-8: attribute characters kept, the rest percent-encoded. */
    public static String encodeExtended(String value) {
        StringBuilder out = new StringBuilder("UTF-8''");
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
