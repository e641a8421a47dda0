package lt.savitarna.sdk.it.contract;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Multi-valued header and query maps shared by {@link ContractRequest} and {@link ContractResponse}. */
final class HttpFields {

    private HttpFields() {
    }

    /** Header names compare case-insensitively, as HTTP says. */
    static Map<String, List<String>> newHeaderMap() {
        return new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    }

    static Map<String, List<String>> newQueryMap() {
        return new LinkedHashMap<>();
    }

    static void add(Map<String, List<String>> fields, String name, String... values) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a field name is required");
        }
        List<String> list = fields.computeIfAbsent(name, n -> new ArrayList<>());
        for (String value : values) {
            list.add(value == null ? "" : value);
        }
    }

    static Map<String, List<String>> freeze(Map<String, List<String>> fields, boolean caseInsensitive) {
        Map<String, List<String>> copy = caseInsensitive ? newHeaderMap() : newQueryMap();
        fields.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        return Collections.unmodifiableMap(copy);
    }

    static Optional<String> first(Map<String, List<String>> fields, String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** Splits {@code /a/b?x=1&y=2} into the path and decoded query pairs added to {@code query}. */
    static String splitQuery(String pathAndQuery, Map<String, List<String>> query) {
        int mark = pathAndQuery.indexOf('?');
        if (mark < 0) {
            return pathAndQuery;
        }
        for (String pair : pathAndQuery.substring(mark + 1).split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            add(query, decode(name), decode(value));
        }
        return pathAndQuery.substring(0, mark);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
