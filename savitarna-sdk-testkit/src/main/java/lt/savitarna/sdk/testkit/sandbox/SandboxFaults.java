package lt.savitarna.sdk.testkit.sandbox;

import java.util.Objects;
import lt.savitarna.sdk.testkit.sandbox.internal.FaultPlan;

/**
 * The faults a sandbox will inject, from {@link SandboxServer#faults()}. The first waiting fault
 * that matches a request is applied and counted down. Thread-safe.
 *
 * <!-- sample: SandboxTestHooksExampleTest#faults -->
 * <pre>{@code
 * sandbox.faults().add(SandboxFault.on("GET", "/api/v1/me").times(2).unavailable(Duration.ofSeconds(1)));
 *
 * assertEquals(DemoData.JONAS_FIRST_NAME, session.me().firstName());
 * assertEquals(0, sandbox.faults().pending(), "both 503s were answered");
 * assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(1)), waits, "the client obeyed Retry-After");
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
