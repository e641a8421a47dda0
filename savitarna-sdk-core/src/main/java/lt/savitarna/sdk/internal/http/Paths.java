package lt.savitarna.sdk.internal.http;

import java.nio.charset.StandardCharsets;

/**
 * Builds request paths from opaque ids, which may hold any character.
 *
 * <pre>{@code
 * String path = "/companies/" + Paths.segment(companyId) + "/parties/" + Paths.segment(partyId);
 * }</pre>
 */
public final class Paths {

    private static final String UNRESERVED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";

    private Paths() {
    }

    /** Percent-encodes one path segment (RFC 3986 unreserved characters stay as they are). */
    public static String segment(String value) {
        return encode(value);
    }

    /** Percent-encodes a query name or value. */
    public static String queryValue(String value) {
        return encode(value);
    }

    private static String encode(String value) {
        if (value.isEmpty()) {
            throw new IllegalArgumentException("an id or path segment must not be empty");
        }
        StringBuilder out = new StringBuilder(value.length());
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && UNRESERVED.indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
