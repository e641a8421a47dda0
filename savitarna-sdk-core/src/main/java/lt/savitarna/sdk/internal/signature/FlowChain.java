package lt.savitarna.sdk.internal.signature;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * The future of an e-signature flow made of steps: short portal calls, each run on a worker
 * thread, and the provider's wait for the person, which is the provider's own future and holds no
 * thread while the provider is natively asynchronous. Cancelling the flow cancels the step in
 * flight (interrupting a portal call, stopping the provider's polling), and a step started after
 * the cancel is cancelled at once. The flow fails with the step's own exception, not a wrapper.
 *
 * <pre>{@code
 * FlowChain<Profile> flow = new FlowChain<>();
 * return flow.finish(flow.blocking(() -> startChallenge(), executor)
 *         .thenCompose(challenge -> flow.step(provider.authenticateAsync(request(challenge), listener))
 *                 .thenCompose(auth -> flow.blocking(() -> confirm(challenge, auth), executor))));
 * }</pre>
 *
 * @param <T> the flow's result
 */
public final class FlowChain<T> extends CompletableFuture<T> {

    private volatile Future<?> current;

    /** Makes {@code step} the step in flight; cancels it at once when the flow has already ended. */
    public <U> CompletableFuture<U> step(CompletableFuture<U> step) {
        current = step;
        if (isDone()) {
            step.cancel(true);
        }
        return step;
    }

    /**
     * Runs a blocking step (a portal call) on {@code executor}, or on the SDK's shared workers when
     * it is {@code null}; cancelling the flow interrupts it.
     */
    public <U> CompletableFuture<U> blocking(Supplier<U> body, Executor executor) {
        if (isDone()) {
            CompletableFuture<U> skipped = new CompletableFuture<>();
            skipped.cancel(true);
            return skipped;
        }
        return step(executor == null ? InterruptibleTask.start(body) : InterruptibleTask.start(body, executor));
    }

    /** Completes the flow as {@code last} completes, with the step's own exception. */
    public FlowChain<T> finish(CompletableFuture<T> last) {
        last.whenComplete((value, failure) -> {
            if (failure == null) {
                complete(value);
            } else {
                completeExceptionally(unwrap(failure));
            }
        });
        return this;
    }

    /** Cancels the flow and the step in flight. */
    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        Future<?> step = current;
        if (step != null) {
            step.cancel(true);
        }
        return cancelled;
    }

    /** The failure inside the JDK's wrappers. */
    public static Throwable unwrap(Throwable t) {
        Throwable cause = t;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
