package lt.savitarna.sdk.internal.http;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides what of a request or answer may reach the log. Headers and query parameters are shown
 * only when they are on an allow-list, so a new secret header is hidden by default; JSON bodies
 * have the string values of secret-looking keys replaced.
 *
 * <pre>{@code
 * Redaction.header("Authorization", "Bearer at_...");          // "***"
 * Redaction.redactBody("{\"refreshToken\":\"rt_...\"}");        // {"refreshToken":"***"}
 * }</pre>
 */
public final class Redaction {

    /** What stands in for a hidden value. */
    public static final String MASK = "***";

    private static final Set<String> HEADER_ALLOW_LIST = Set.of(
            "accept", "accept-encoding", "cache-control", "content-disposition", "content-encoding",
            "content-length", "content-type", "date", "etag", "idempotency-key", "idempotent-replayed",
            "last-modified", "location", "retry-after", "transfer-encoding", "user-agent", "x-request-id");

    private static final Set<String> QUERY_ALLOW_LIST = Set.of(
            "limit", "cursor", "type", "status", "state", "from", "to", "sort", "order", "contractid");

    /**
     * A JSON string member {@code "key": "value"}. The string bodies are written as an unrolled loop
     * with possessive quantifiers: the obvious alternation inside a repetition recurses once per
     * character in java.util.regex and overflows the stack on long values such as a Base64
     * certificate.
     */
    private static final String JSON_STRING_BODY = "([^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+)";
    private static final Pattern STRING_MEMBER =
            Pattern.compile("\"" + JSON_STRING_BODY + "\"(\\s*:\\s*)\"" + JSON_STRING_BODY + "\"");

    private static final int MAX_BODY_CHARS = 8_192;

    private Redaction() {
    }

    /** The header's value if it is on the allow-list, else the mask. */
    public static String header(String name, String value) {
        return HEADER_ALLOW_LIST.contains(name.toLowerCase(Locale.ROOT)) ? value : MASK;
    }

    /** A path with its query, values off the allow-list masked. */
    public static String pathAndQuery(String path, Map<String, String> query) {
        return pathAndQuery(path, List.copyOf(query.entrySet()));
    }

    /** A path with its query (names may repeat), values off the allow-list masked. */
    public static String pathAndQuery(String path, List<Map.Entry<String, String>> query) {
        if (query.isEmpty()) {
            return path;
        }
        StringBuilder out = new StringBuilder(path);
        char separator = '?';
        for (Map.Entry<String, String> e : query) {
            out.append(separator).append(e.getKey()).append('=')
                    .append(QUERY_ALLOW_LIST.contains(e.getKey().toLowerCase(Locale.ROOT)) ? e.getValue() : MASK);
            separator = '&';
        }
        return out.toString();
    }

    /** Whether a JSON key names a secret (passwords, tokens, personal codes). */
    public static boolean isSecretKey(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        if (k.equals("tokentype")) {
            return false; // "Bearer": the kind of token, not a token
        }
        return k.contains("password") || k.contains("token") || k.contains("secret")
                || k.contains("personalcode") || k.equals("pin") || k.equals("authorization")
                || k.contains("nationalidentitynumber");
    }

    /** A body for the log: string values of secret keys masked, long bodies cut. */
    public static String redactBody(String text) {
        Matcher m = STRING_MEMBER.matcher(text);
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_BODY_CHARS + 32));
        while (m.find()) {
            String replacement = isSecretKey(m.group(1))
                    ? "\"" + m.group(1) + "\"" + m.group(2) + "\"" + MASK + "\""
                    : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        if (out.length() > MAX_BODY_CHARS) {
            int total = out.length();
            out.setLength(MAX_BODY_CHARS);
            out.append("... [").append(total - MAX_BODY_CHARS).append(" more characters]");
        }
        return out.toString();
    }
}
