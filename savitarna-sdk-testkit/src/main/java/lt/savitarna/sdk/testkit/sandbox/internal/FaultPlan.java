package lt.savitarna.sdk.testkit.sandbox.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import lt.savitarna.sdk.testkit.sandbox.SandboxFault;

/** The faults waiting for requests, first added first applied. Thread-safe. */
public final class FaultPlan {

    private final List<Pending> pending = new ArrayList<>();

    public synchronized void add(SandboxFault fault) {
        pending.add(new Pending(fault, fault.times()));
    }

    public synchronized void clear() {
        pending.clear();
    }

    /** Takes one application of the first fault matching the request, if any. */
    public synchronized Optional<SandboxFault> take(String method, String rawPath) {
        for (Iterator<Pending> it = pending.iterator(); it.hasNext(); ) {
            Pending candidate = it.next();
            if (candidate.fault.matches(method, rawPath)) {
                candidate.remaining--;
                if (candidate.remaining == 0) {
                    it.remove();
                }
                return Optional.of(candidate.fault);
            }
        }
        return Optional.empty();
    }

    /** How many more requests will be hit, over all faults. */
    public synchronized int remainingApplications() {
        return pending.stream().mapToInt(p -> p.remaining).sum();
    }

    /** Each waiting fault with how many requests it will still hit. */
    public synchronized List<Waiting> waiting() {
        return pending.stream().map(p -> new Waiting(p.fault, p.remaining)).toList();
    }

    /** A fault and the number of requests it will still hit. */
    public record Waiting(SandboxFault fault, int remaining) {
    }

    private static final class Pending {
        final SandboxFault fault;
        int remaining;

        Pending(SandboxFault fault, int remaining) {
            this.fault = fault;
            this.remaining = remaining;
        }
    }
}
