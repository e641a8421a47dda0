package lt.savitarna.sdk.testkit.sandbox.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * Cursor paging as the contract describes it: {@code limit} 1..200 (default 50) and an opaque
 * {@code cursor}; the last page has no next cursor.
 */
public final class Paging {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;
    private static final String CURSOR_PREFIX = "offset:";
    private static final String ANCHOR_PREFIX = "after:";

    private Paging() {
    }

    /** One page of items and the cursor of the next page ({@code null} on the last). */
    public record Page<T>(List<T> items, String nextCursor) {
    }

    /** A page of a list that does not change while a client pages through it. */
    public static <T> Page<T> page(List<T> all, RequestContext context) {
        String cursor = context.queryParameter("cursor").orElse(null);
        Integer decoded = cursor == null || cursor.isEmpty() ? Integer.valueOf(0) : decode(cursor);
        int limit = limit(context, decoded == null);
        int offset = decoded;
        int from = Math.min(offset, all.size());
        int to = Math.min(from + limit, all.size());
        String next = to < all.size() ? encode(to) : null;
        return new Page<>(List.copyOf(all.subList(from, to)), next);
    }

    /**
     * A page of a list that may change between pages (documents, orders, requests): the cursor
     * names the last item shown, so items added before it or removed do not make a page repeat
     * or skip items that stayed.
     */
    public static <T> Page<T> page(List<T> all, RequestContext context, Function<T, String> id) {
        String cursor = context.queryParameter("cursor").orElse(null);
        Anchor anchor = cursor == null || cursor.isEmpty() ? null : decodeAnchor(cursor);
        boolean badCursor = cursor != null && !cursor.isEmpty() && anchor == null;
        int limit = limit(context, badCursor);
        int from = anchor == null ? 0 : resume(all, id, anchor);
        int to = Math.min(from + limit, all.size());
        String next = null;
        if (to < all.size()) {
            next = encodeAnchor(to, id.apply(all.get(to - 1)));
        }
        return new Page<>(List.copyOf(all.subList(from, to)), next);
    }

    /**
     * The validated {@code limit} parameter; {@code badCursor} adds the cursor to the same
     * {@code 400}, so that one answer names every bad parameter.
     */
    public static int limit(RequestContext context, boolean badCursor) {
        List<FieldError> errors = new ArrayList<>();
        int limit = DEFAULT_LIMIT;
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
        if (badCursor) {
            errors.add(cursorError());
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.validation(errors));
        }
        return limit;
    }

    private static FieldError cursorError() {
        return new FieldError("cursor", "INVALID_CURSOR", "is not a cursor this server issued");
    }

    private static <T> int resume(List<T> all, Function<T, String> id, Anchor anchor) {
        int expected = anchor.offset() - 1;
        if (expected >= 0 && expected < all.size() && id.apply(all.get(expected)).equals(anchor.id())) {
            return anchor.offset();
        }
        for (int i = 0; i < all.size(); i++) {
            if (id.apply(all.get(i)).equals(anchor.id())) {
                return i + 1;
            }
        }
        return Math.min(anchor.offset(), all.size());
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

    private record Anchor(int offset, String id) {
    }

    private static String encodeAnchor(int offset, String id) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((ANCHOR_PREFIX + offset + ":" + id).getBytes(StandardCharsets.UTF_8));
    }

    private static Anchor decodeAnchor(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!text.startsWith(ANCHOR_PREFIX)) {
                return null;
            }
            int colon = text.indexOf(':', ANCHOR_PREFIX.length());
            if (colon < 0) {
                return null;
            }
            int offset = Integer.parseInt(text.substring(ANCHOR_PREFIX.length(), colon));
            String id = text.substring(colon + 1);
            return offset < 1 || id.isEmpty() ? null : new Anchor(offset, id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
