package lt.savitarna.sdk.signing.internal;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;
import lt.savitarna.sdk.signature.SigningCancelledException;
import lt.savitarna.sdk.signature.SigningListener;
import lt.savitarna.sdk.signature.SigningState;

/**
 * One provider operation as a future, with the same bookkeeping as {@link Flow}: {@code STARTING}
 * first and {@code COMPLETED}, {@code FAILED} or {@code CANCELLED} last, exactly once. It knows
 * the step in flight (an HTTP exchange or a pause): cancelling the flow cancels that step, and
 * the next step never starts. An optional real-time deadline ends the flow with the exception
 * it is given, even when an exchange hangs.
 *
 * <pre>{@code
 * return AsyncFlow.start(failures, listener, guard, timeout, flow -> http.postAsync(flow, ...)
 *         .thenApply(answer -> ...));
 * }</pre>
 *
 * @param <T> the result type
 */
public final class AsyncFlow<T> extends CompletableFuture<T> {

    private final Failures failures;
    private final SafeListener listener;
    private final AtomicBoolean ended = new AtomicBoolean();
    private volatile Future<?> inFlight;
    private volatile ScheduledFuture<?> guard;

    private AsyncFlow(Failures failures, SigningListener listener) {
        this.failures = failures;
        this.listener = new SafeListener(listener);
    }

    /**
     * Starts an operation.
     *
     * @param failures the provider's exception factory
     * @param listener the caller's listener
     * @param deadline the real-time limit of the whole operation; {@code null} for none
     * @param timeout  the exception for a passed deadline
     * @param body     the operation's steps
     * @return the operation's future
     */
    public static <T> AsyncFlow<T> start(Failures failures, SigningListener listener, Duration deadline,
                                         Supplier<? extends RuntimeException> timeout,
                                         Function<AsyncFlow<T>, CompletableFuture<T>> body) {
        AsyncFlow<T> flow = new AsyncFlow<>(failures, listener);
        flow.listener.stateChanged(SigningState.STARTING);
        if (deadline != null) {
            flow.guard = Async.schedule(() -> flow.end(null, timeout.get()), deadline);
        }
        CompletableFuture<T> steps;
        try {
            steps = body.apply(flow);
        } catch (RuntimeException | Error e) {
            flow.end(null, e);
            return flow;
        }
        steps.whenComplete(flow::end);
        return flow;
    }

    /** {@return the listener, safe to call} */
    public SafeListener listener() {
        return listener;
    }

    /** Remembers the step in flight, so that a cancel reaches it; cancels it at once when the flow has ended. */
    public <F extends Future<?>> F track(F step) {
        inFlight = step;
        if (isDone()) {
            step.cancel(true);
        }
        return step;
    }

    /** {@return a future failed because the flow has ended, for a step that must not start} */
    public <U> CompletableFuture<U> stopped() {
        return CompletableFuture.failedFuture(new CancellationException("the operation has ended"));
    }

    /** The exception of an interrupted pause. */
    SigningCancelledException cancelled(InterruptedException e) {
        return new SigningCancelledException(failures.provider(), "interrupted", failures.locale(), e);
    }

    /** Cancels the operation: the step in flight is cancelled and no further step starts. */
    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        if (!ended.compareAndSet(false, true)) {
            return isCancelled();
        }
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        stopSteps();
        listener.stateChanged(SigningState.CANCELLED);
        return cancelled;
    }

    private void end(T value, Throwable failure) {
        if (!ended.compareAndSet(false, true)) {
            return;
        }
        stopSteps();
        if (failure == null) {
            listener.stateChanged(SigningState.COMPLETED);
            complete(value);
            return;
        }
        Throwable cause = Async.unwrap(failure);
        if (cause instanceof CancellationException) {
            super.cancel(true);
            listener.stateChanged(SigningState.CANCELLED);
            return;
        }
        listener.stateChanged(cause instanceof SigningCancelledException ? SigningState.CANCELLED
                : SigningState.FAILED);
        completeExceptionally(cause);
    }

    private void stopSteps() {
        ScheduledFuture<?> g = guard;
        if (g != null) {
            g.cancel(false);
        }
        Future<?> step = inFlight;
        if (step != null && !step.isDone()) {
            step.cancel(true);
        }
    }
}
