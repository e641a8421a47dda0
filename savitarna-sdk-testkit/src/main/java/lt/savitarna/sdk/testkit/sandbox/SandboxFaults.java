package lt.savitarna.sdk.testkit.sandbox;

import java.util.Objects;
import lt.savitarna.sdk.testkit.sandbox.internal.FaultPlan;

/**
 * The faults a sandbox will inject, from {@link SandboxServer#faults()}. The first waiting fault
 * that matches a request is applied and counted down. Thread-safe.
 *
 * <pre>{@code
 * sandbox.faults().add(SandboxFault.on("POST", "/api/v1/auth/refresh").times(2).rateLimited(Duration.ofSeconds(1)));
 * // ... the client retries twice, then succeeds ...
 * assertEquals(0, sandbox.faults().pending());
 * }</pre>
 */
public final class SandboxFaults {

    private final FaultPlan plan;

    SandboxFaults(FaultPlan plan) {
        this.plan = plan;
    }

    /** Adds a fault behind those already waiting. */
    public SandboxFaults add(SandboxFault fault) {
        plan.add(Objects.requireNonNull(fault, "fault"));
        return this;
    }

    /** Removes every waiting fault. */
    public void clear() {
        plan.clear();
    }

    /** How many more requests will be hit, summed over all waiting faults. */
    public int pending() {
        return plan.remainingApplications();
    }
}
