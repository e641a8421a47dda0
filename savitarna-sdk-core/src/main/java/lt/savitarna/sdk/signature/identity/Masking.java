package lt.savitarna.sdk.signature.identity;

/** Hides identifiers in {@code toString()} so that they cannot leak into logs. */
final class Masking {

    private Masking() {
    }

    /**
     * Keeps {@code head} leading and {@code tail} trailing characters and replaces the rest with
     * {@code *}. A value too short to keep both ends and still hide something is hidden whole.
     */
    static String keepEnds(String value, int head, int tail) {
        int length = value.length();
        if (length <= head + tail) {
            return "*".repeat(length);
        }
        return value.substring(0, head) + "*".repeat(length - head - tail) + value.substring(length - tail);
    }
}
