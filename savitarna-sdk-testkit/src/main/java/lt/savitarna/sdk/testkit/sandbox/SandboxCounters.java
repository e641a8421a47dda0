package lt.savitarna.sdk.testkit.sandbox;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import lt.savitarna.sdk.testkit.sandbox.internal.Account;
import lt.savitarna.sdk.testkit.sandbox.internal.SandboxEngine;

/**
 * What the sandbox has seen, from {@link SandboxServer#counters()}: requests per route
 * (including those a fault hit; {@code /_sandbox} hooks are not counted), successful refresh-token
 * rotations, and accounts per email. Thread-safe.
 *
 * <pre>{@code
 * assertEquals(1, sandbox.counters().accountsWithEmail("ona@example.lt"));
 * assertEquals(3, sandbox.counters().requests("POST", "/api/v1/registrations"));
 * }</pre>
 */
public final class SandboxCounters {

    private final SandboxEngine engine;

    SandboxCounters(SandboxEngine engine) {
        this.engine = engine;
    }

    /**
     * Requests received for a method and route template, e.g. {@code ("GET",
     * "/api/v1/me/representations")}; a path no route matched counts under the path itself.
     */
    public long requests(String method, String pathTemplate) {
        return engine.counters().count(method.toUpperCase(Locale.ROOT), pathTemplate);
    }

    /** All request counts, keyed {@code "METHOD /template"}, sorted. */
    public Map<String, Long> requestsByRoute() {
        return engine.counters().snapshot();
    }

    /** Refresh requests that rotated a token (replays of a stored result do not count). */
    public long successfulRefreshes() {
        return engine.state().successfulRefreshes();
    }

    /** How many accounts have this email, compared case-insensitively. */
    public long accountsWithEmail(String email) {
        return engine.state().accountsWithEmail(email);
    }

    /** Accounts per email (lower case), sorted. */
    public Map<String, Long> accountsByEmail() {
        Map<String, Long> byEmail = new TreeMap<>();
        engine.state().accounts().forEach(a -> byEmail.merge(Account.emailKey(a.email()), 1L, Long::sum));
        return byEmail;
    }

    /** All accounts, demo accounts included. */
    public int accounts() {
        return engine.state().accounts().size();
    }

    /** Request counts and the refresh count back to zero (accounts stay). */
    public void reset() {
        engine.resetCounters();
    }
}
