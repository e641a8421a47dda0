package lt.savitarna.sdk.it.e2e;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * What the end-to-end run must never print: every password the tests typed, every token the
 * sandbox issued (recognised by their shape), every full personal code. Tests also hand in the
 * {@code toString()} of each object they got from the SDK, and {@link SecretsInLogsTest} scans
 * all of it together with the run's TRACE log at the end. Public for the chaos and fuzz
 * packages of this module, which hand in their secrets and exception texts the same way.
 */
public final class Secrets {

    /** Sandbox access and refresh tokens: {@code at_} or {@code rt_} and 32 URL-safe characters. */
    static final Pattern TOKEN = Pattern.compile("\\b(at|rt)_[A-Za-z0-9_-]{20,}");

    private static final Set<String> PASSWORDS = ConcurrentHashMap.newKeySet();
    private static final Set<String> PERSONAL_CODES = ConcurrentHashMap.newKeySet();
    private static final List<String> RENDERED = new java.util.concurrent.CopyOnWriteArrayList<>();

    private Secrets() {
    }

    /** Remembers a password and returns it as the {@code char[]} the SDK wants. */
    public static char[] password(String password) {
        PASSWORDS.add(password);
        return password.toCharArray();
    }

    public static String personalCode(String code) {
        PERSONAL_CODES.add(code);
        return code;
    }

    /** Keeps what a person or a log would see of these objects, for the final scan. */
    public static void rendered(Object... objects) {
        for (Object object : objects) {
            RENDERED.add(String.valueOf(object));
            if (object instanceof Throwable failure) {
                RENDERED.add(String.valueOf(failure.getMessage()));
                RENDERED.add(String.valueOf(failure.getLocalizedMessage()));
            }
        }
    }

    static Set<String> passwords() {
        return Set.copyOf(PASSWORDS);
    }

    static Set<String> personalCodes() {
        return Set.copyOf(PERSONAL_CODES);
    }

    static List<String> renderedTexts() {
        return List.copyOf(RENDERED);
    }
}
