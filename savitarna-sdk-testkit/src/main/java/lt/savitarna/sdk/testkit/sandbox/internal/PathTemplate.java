package lt.savitarna.sdk.testkit.sandbox.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A path such as {@code /api/v1/companies/{companyId}/parties/{partyId}}: literal segments must
 * match exactly, {@code {name}} segments capture one non-empty, percent-decoded segment.
 */
public final class PathTemplate {

    private final String template;
    private final List<String> segments;

    private PathTemplate(String template) {
        if (!template.startsWith("/")) {
            throw new IllegalArgumentException("template must start with '/': " + template);
        }
        this.template = template;
        this.segments = List.of(template.substring(1).split("/", -1));
    }

    public static PathTemplate parse(String template) {
        return new PathTemplate(template);
    }

    /** The template text, which is also the key for request counters. */
    public String text() {
        return template;
    }

    /** The captured variables when {@code rawPath} matches, empty otherwise. */
    public Optional<Map<String, String>> match(String rawPath) {
        if (!rawPath.startsWith("/")) {
            return Optional.empty();
        }
        String[] parts = rawPath.substring(1).split("/", -1);
        if (parts.length != segments.size()) {
            return Optional.empty();
        }
        Map<String, String> variables = new LinkedHashMap<>();
        for (int i = 0; i < parts.length; i++) {
            String segment = segments.get(i);
            if (isVariable(segment)) {
                if (parts[i].isEmpty()) {
                    return Optional.empty();
                }
                variables.put(segment.substring(1, segment.length() - 1), decode(parts[i]));
            } else if (!segment.equals(parts[i])) {
                return Optional.empty();
            }
        }
        return Optional.of(Collections.unmodifiableMap(variables));
    }

    private static boolean isVariable(String segment) {
        return segment.length() > 2 && segment.startsWith("{") && segment.endsWith("}");
    }

    /** Percent-decoding for a path segment, where '+' is a plus, not a space. */
    static String decode(String raw) {
        try {
            return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return raw;
        }
    }

    @Override
    public String toString() {
        return template;
    }
}
