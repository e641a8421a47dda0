package lt.savitarna.sdk.testkit.sk.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * The simulated people's pending answers. Each runs once: after the completion delay, or when a
 * test asks for it, whichever comes first; with no delay at all it waits for the test.
 */
public final class Completions {

    private final Duration delay;
    private final Map<String, Runnable> pending = new LinkedHashMap<>();

    /** @param delay how long a person takes to answer; {@code null} to answer only when told */
    public Completions(Duration delay) {
        this.delay = delay;
    }

    /** Arranges for {@code answer} to run on the server's workers after the delay. */
    public void schedule(String sessionId, Runnable answer, SimHttpServer server) {
        synchronized (pending) {
            pending.put(sessionId, answer);
        }
        if (delay != null) {
            server.scheduler().schedule(() -> {
                try {
                    server.workers().execute(() -> take(sessionId).ifPresent(Runnable::run));
                } catch (RejectedExecutionException e) {
                    // The simulator is closing.
                }
            }, delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Runs the session's answer now, in this thread. */
    public boolean completeNow(String sessionId) {
        java.util.Optional<Runnable> answer = take(sessionId);
        answer.ifPresent(Runnable::run);
        return answer.isPresent();
    }

    /** Runs every pending answer now, in this thread, oldest first. */
    public int completeAll() {
        List<Runnable> answers;
        synchronized (pending) {
            answers = new ArrayList<>(pending.values());
            pending.clear();
        }
        answers.forEach(Runnable::run);
        return answers.size();
    }

    private java.util.Optional<Runnable> take(String sessionId) {
        synchronized (pending) {
            return java.util.Optional.ofNullable(pending.remove(sessionId));
        }
    }
}
