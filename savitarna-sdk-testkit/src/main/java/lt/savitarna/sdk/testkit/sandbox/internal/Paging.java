package lt.savitarna.sdk.testkit.sandbox.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Cursor paging as the contract describes it: {@code limit} 1..200 (default 50) and an opaque
 * {@code cursor}; the last page has no next cursor.
 */
public final class Paging {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;
    private static final String CURSOR_PREFIX = "offset:";

    private Paging() {
    }

    /** One page of items and the cursor of the next page ({@code null} on the last). */
    public record Page<T>(List<T> items, String nextCursor) {
    }

    public static <T> Page<T> page(List<T> all, RequestContext context) {
        int limit = DEFAULT_LIMIT;
        int offset = 0;
        List<FieldError> errors = new ArrayList<>();
        String rawLimit = context.queryParameter("limit").orElse(null);
        if (rawLimit != null) {
            try {
                limit = Integer.parseInt(rawLimit);
                if (limit < 1 || limit > MAX_LIMIT) {
                    errors.add(new FieldError("limit", "OUT_OF_RANGE", "must be between 1 and " + MAX_LIMIT));
                }
            } catch (NumberFormatException e) {
                errors.add(new FieldError("limit", "INVALID_TYPE", "must be an integer"));
            }
        }
        String cursor = context.queryParameter("cursor").orElse(null);
        if (cursor != null && !cursor.isEmpty()) {
            Integer decoded = decode(cursor);
            if (decoded == null) {
                errors.add(new FieldError("cursor", "INVALID_CURSOR", "is not a cursor this server issued"));
            } else {
                offset = decoded;
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.validation(errors));
        }
        int from = Math.min(offset, all.size());
        int to = Math.min(from + limit, all.size());
        String next = to < all.size() ? encode(to) : null;
        return new Page<>(List.copyOf(all.subList(from, to)), next);
    }

    static String encode(int offset) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((CURSOR_PREFIX + offset).getBytes(StandardCharsets.US_ASCII));
    }

    private static Integer decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            if (!text.startsWith(CURSOR_PREFIX)) {
                return null;
            }
            int offset = Integer.parseInt(text.substring(CURSOR_PREFIX.length()));
            return offset < 0 ? null : offset;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
