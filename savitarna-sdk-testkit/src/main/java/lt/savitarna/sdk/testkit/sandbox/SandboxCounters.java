package lt.savitarna.sdk.testkit.sandbox;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import lt.savitarna.sdk.testkit.sandbox.internal.Account;
import lt.savitarna.sdk.testkit.sandbox.internal.SandboxEngine;
import lt.savitarna.sdk.testkit.sandbox.internal.workspace.Workspace;

/**
 * What the sandbox has seen, from {@link SandboxServer#counters()}: requests per route
 * (including those a fault hit; {@code /_sandbox} hooks are not counted), successful refresh-token
 * rotations, accounts per email, and what the workspaces hold (orders, uploads, help requests,
 * signatures), so that a test can assert that a retried operation took effect exactly once.
 * Thread-safe.
 *
 * <!-- sample: SandboxExtensionExampleTest#idempotent-order -->
 * <pre>{@code
 * Order order = farm.loyalty().order(DemoData.FERTILISER_OFFER_ID, new BigDecimal("2.5"), "erp-line-4711");
 * Order again = farm.loyalty().order(DemoData.FERTILISER_OFFER_ID, new BigDecimal("2.5"), "erp-line-4711");
 *
 * assertEquals(order.id(), again.id(), "the same idempotency key returns the first order");
 * assertEquals(1, sandbox.counters().ordersWithIdempotencyKey("erp-line-4711"));
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

    /** Orders in the workspaces used so far, seed data included. */
    public long orders() {
        return engine.workspaces().count(Workspace::orders, order -> true);
    }

    /**
     * Orders placed with this {@code Idempotency-Key}: 1 after any number of retries of one
     * order, which is what "placed exactly once" means.
     */
    public long ordersWithIdempotencyKey(String idempotencyKey) {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        return engine.workspaces().count(Workspace::orders, order -> idempotencyKey.equals(order.idempotencyKey()));
    }

    /** Orders of an offer in the workspaces used so far, seed data included. */
    public long ordersForOffer(String offerId) {
        Objects.requireNonNull(offerId, "offerId");
        return engine.workspaces().count(Workspace::orders, order -> offerId.equals(order.offerId()));
    }

    /** Uploaded files (documents and help attachments) in the workspaces used so far, seed data included. */
    public long uploads() {
        return engine.workspaces().count(Workspace::uploads, upload -> true);
    }

    /** Uploads received with this {@code Idempotency-Key}. */
    public long uploadsWithIdempotencyKey(String idempotencyKey) {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        return engine.workspaces().count(Workspace::uploads, upload -> idempotencyKey.equals(upload.idempotencyKey()));
    }

    /** Help requests asked with this {@code Idempotency-Key}. */
    public long helpRequestsWithIdempotencyKey(String idempotencyKey) {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        return engine.workspaces().count(Workspace::helpRequests,
                request -> idempotencyKey.equals(request.idempotencyKey()));
    }

    /** Signatures completed through the API (values verified, documents signed); seed data not included. */
    public long completedSignatures() {
        return engine.workspaces().workspaces().stream()
                .mapToLong(w -> w.count(signature -> signature.completion() != null && !signature.seeded())).sum();
    }

    /** Request counts and the refresh count back to zero (accounts stay). */
    public void reset() {
        engine.resetCounters();
    }
}
