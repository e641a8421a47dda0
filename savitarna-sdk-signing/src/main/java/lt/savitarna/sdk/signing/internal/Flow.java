package lt.savitarna.sdk.signing.internal;

import lt.savitarna.sdk.signature.SigningCancelledException;
import lt.savitarna.sdk.signature.SigningListener;
import lt.savitarna.sdk.signature.SigningState;

/**
 * Runs one provider operation: reports {@code STARTING} first and {@code COMPLETED},
 * {@code FAILED} or {@code CANCELLED} last, and turns an interrupt into a
 * {@link SigningCancelledException} while keeping the thread's interrupt status.
 *
 * <pre>{@code
 * return Flow.run(failures, listener, l -> {
 *     l.stateChanged(SigningState.WAITING_FOR_USER);
 *     return poller.await(...);
 * });
 * }</pre>
 */
public final class Flow {

    /** The operation's body; may block and be interrupted. */
    @FunctionalInterface
    public interface Body<T> {
        /** Does the work, reporting to the listener. */
        T run(SafeListener listener) throws InterruptedException;
    }

    private Flow() {
    }

    /** Runs the body with a safe listener and the state bookkeeping. */
    public static <T> T run(Failures failures, SigningListener listener, Body<T> body) {
        SafeListener safe = new SafeListener(listener);
        safe.stateChanged(SigningState.STARTING);
        try {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException("interrupted before the start");
            }
            T result = body.run(safe);
            safe.stateChanged(SigningState.COMPLETED);
            return result;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            safe.stateChanged(SigningState.CANCELLED);
            throw new SigningCancelledException(failures.provider(), "interrupted", failures.locale(), e);
        } catch (SigningCancelledException e) {
            safe.stateChanged(SigningState.CANCELLED);
            throw e;
        } catch (RuntimeException | Error e) {
            safe.stateChanged(SigningState.FAILED);
            throw e;
        }
    }
}
