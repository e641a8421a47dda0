package lt.savitarna.sdk.it.chaos;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;

/** What the chaos workers tried, what they were told, and what went wrong, for the final checks. */
final class ChaosLedger {

    /** The consent a worker last saw acknowledged, unless a later change has an unknown outcome. */
    record ConsentExpectation(String password, Boolean acknowledged, boolean uncertain) {
    }

    /** An order attempt: its workspace and, once acknowledged, its id. */
    record OrderAttempt(String party, Optional<String> orderId) {
    }

    /** A signing attempt on a contract of its own: its workspace and, once acknowledged, the signature's id. */
    record SignatureAttempt(String party, Optional<String> signatureId) {
    }

    private final Map<ChaosTest.Kind, LongAdder> attempts = new ConcurrentHashMap<>();
    private final Map<ChaosTest.Kind, LongAdder> successes = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> exceptions = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> faults = new ConcurrentHashMap<>();
    private final Map<ChaosTest.Kind, LongAdder> faultsByKind = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> signingFailures = new ConcurrentHashMap<>();
    private final List<String> untyped = new CopyOnWriteArrayList<>();
    private final Map<String, Boolean> registrations = new ConcurrentHashMap<>();
    private final Map<String, OrderAttempt> orders = new ConcurrentHashMap<>();
    private final Map<String, Boolean> questions = new ConcurrentHashMap<>();
    private final Map<String, Boolean> attachments = new ConcurrentHashMap<>();
    private final Map<String, ConsentExpectation> consents = new ConcurrentHashMap<>();
    private final Map<String, SignatureAttempt> signatures = new ConcurrentHashMap<>();

    void attempt(ChaosTest.Kind kind) {
        attempts.computeIfAbsent(kind, k -> new LongAdder()).increment();
    }

    void success(ChaosTest.Kind kind) {
        successes.computeIfAbsent(kind, k -> new LongAdder()).increment();
    }

    void typed(ChaosTest.Kind kind, Throwable e) {
        exceptions.computeIfAbsent(e.getClass().getSimpleName(), k -> new LongAdder()).increment();
        if (kind == ChaosTest.Kind.SIGN) {
            signingFailures.computeIfAbsent(e.getClass().getSimpleName(), k -> new LongAdder()).increment();
        }
    }

    void untyped(ChaosTest.Kind kind, Throwable e) {
        exceptions.computeIfAbsent("UNTYPED " + e.getClass().getName(), k -> new LongAdder()).increment();
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        untyped.add(kind + ": " + trace);
    }

    void fault(ChaosTest.Kind kind, String action) {
        faults.computeIfAbsent(action, k -> new LongAdder()).increment();
        faultsByKind.computeIfAbsent(kind, k -> new LongAdder()).increment();
    }

    void registration(String email, boolean acknowledged) {
        registrations.put(email, acknowledged);
    }

    void orderAttempt(String key, String party) {
        orders.put(key, new OrderAttempt(party, Optional.empty()));
    }

    void orderAcknowledged(String key, String orderId) {
        orders.computeIfPresent(key, (k, attempt) -> new OrderAttempt(attempt.party(), Optional.of(orderId)));
    }

    void signatureAttempt(String documentId, String party) {
        signatures.put(documentId, new SignatureAttempt(party, Optional.empty()));
    }

    void signatureAcknowledged(String documentId, String signatureId) {
        signatures.computeIfPresent(documentId,
                (k, attempt) -> new SignatureAttempt(attempt.party(), Optional.of(signatureId)));
    }

    void question(String topic, boolean acknowledged) {
        questions.put(topic, acknowledged);
    }

    void attachment(String fileName, boolean acknowledged) {
        attachments.put(fileName, acknowledged);
    }

    void lastConsent(String email, String password, Boolean acknowledged, boolean uncertain) {
        consents.put(email, new ConsentExpectation(password, acknowledged, uncertain));
    }

    long attempted() {
        return attempts.values().stream().mapToLong(LongAdder::sum).sum();
    }

    long succeeded() {
        return successes.values().stream().mapToLong(LongAdder::sum).sum();
    }

    long faultsInjected() {
        return faults.values().stream().mapToLong(LongAdder::sum).sum();
    }

    List<String> untyped() {
        return List.copyOf(untyped);
    }

    Map<String, Boolean> registrations() {
        return Map.copyOf(registrations);
    }

    Map<String, OrderAttempt> orders() {
        return Map.copyOf(orders);
    }

    Map<String, Boolean> questions() {
        return Map.copyOf(questions);
    }

    Map<String, Boolean> attachments() {
        return Map.copyOf(attachments);
    }

    Map<String, ConsentExpectation> consents() {
        return Map.copyOf(consents);
    }

    Map<String, SignatureAttempt> signatures() {
        return Map.copyOf(signatures);
    }

    String summary(int operations, Duration took, ChaosTest.Resources before, ChaosTest.Resources after) {
        return "chaos: " + operations + " operations in " + took.toMillis() + " ms"
                + "\n  attempted by kind: " + sorted(attempts)
                + "\n  succeeded by kind: " + sorted(successes) + " (total " + succeeded() + ")"
                + "\n  faults injected: " + faultsInjected() + " " + new TreeMap<>(sum(faults)) + ", aimed at "
                + sorted(faultsByKind)
                + "\n  exceptions by type: " + new TreeMap<>(sum(exceptions))
                + "\n  registrations " + registrations.size() + ", orders " + orders.size() + ", help requests "
                + questions.size() + ", attachments " + attachments.size() + ", signatures " + signatures.size()
                + " (acknowledged " + signatures.values().stream().filter(s -> s.signatureId().isPresent()).count()
                + "), failed signing " + new TreeMap<>(sum(signingFailures))
                + "\n  threads " + before.threads() + " -> " + after.threads() + ", sockets " + before.sockets()
                + " -> " + after.sockets();
    }

    private static Map<String, Long> sorted(Map<ChaosTest.Kind, LongAdder> counts) {
        Map<String, Long> out = new TreeMap<>();
        counts.forEach((k, v) -> out.put(k.name(), v.sum()));
        return out;
    }

    private static Map<String, Long> sum(Map<String, LongAdder> counts) {
        Map<String, Long> out = new TreeMap<>();
        counts.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }
}
