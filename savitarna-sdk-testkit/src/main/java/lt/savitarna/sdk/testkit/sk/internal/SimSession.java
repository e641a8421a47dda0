package lt.savitarna.sdk.testkit.sk.internal;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import lt.savitarna.sdk.testkit.sk.SimulatorSession;

/**
 * A simulated session: what the phone shows, whether the person has answered yet, and the
 * long polls waiting for that answer. Thread-safe.
 */
public final class SimSession {

    private final String id;
    private final SimulatorSession.Operation operation;
    private final String subject;
    private final String verificationCode;
    private final String displayText;
    private final Instant createdAt;

    private final Object lock = new Object();
    private final List<Poll> polls = new ArrayList<>();
    private String result;
    private JsonObject answer;
    private Instant completedAt;

    public SimSession(String id, SimulatorSession.Operation operation, String subject, String verificationCode,
                      String displayText, Instant createdAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.operation = Objects.requireNonNull(operation, "operation");
        this.subject = Objects.requireNonNull(subject, "subject");
        this.verificationCode = verificationCode;
        this.displayText = displayText;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public String id() {
        return id;
    }

    public SimulatorSession.Operation operation() {
        return operation;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The complete answer, if the person has answered. */
    public Optional<JsonObject> answer() {
        synchronized (lock) {
            return Optional.ofNullable(answer);
        }
    }

    /** Whether the session completed more than {@code retention} before {@code now}. */
    public boolean expired(Instant now, Duration retention) {
        synchronized (lock) {
            return completedAt != null && completedAt.plus(retention).isBefore(now);
        }
    }

    /**
     * Answers the call now if the session is complete, otherwise when it completes or after
     * {@code timeout} with {@code running}, whichever is first.
     *
     * @param supersede answer polls that are already waiting with {@code running} first (Mobile-ID
     *     lets only the newest poll of a session wait)
     */
    public void poll(Call call, Duration timeout, JsonObject running, boolean supersede,
                     ScheduledExecutorService scheduler, Executor workers) {
        List<Poll> superseded = List.of();
        JsonObject ready;
        Poll poll = null;
        synchronized (lock) {
            ready = answer;
            if (ready == null) {
                if (supersede) {
                    superseded = new ArrayList<>(polls);
                    polls.clear();
                }
                poll = new Poll(call, running);
                polls.add(poll);
                Poll timed = poll;
                poll.timeout = scheduler.schedule(() -> expire(timed, workers), timeout.toMillis(),
                        TimeUnit.MILLISECONDS);
            }
        }
        superseded.forEach(waiting -> waiting.release(workers, waiting.running));
        if (ready != null) {
            call.answer(200, ready);
        }
    }

    /**
     * Records the person's answer and sends it to every waiting poll. Only the first completion
     * counts.
     */
    public void complete(String endResult, JsonObject completeAnswer, Instant at, Executor workers) {
        List<Poll> waiting;
        synchronized (lock) {
            if (answer != null) {
                return;
            }
            result = endResult;
            answer = completeAnswer;
            completedAt = at;
            waiting = new ArrayList<>(polls);
            polls.clear();
        }
        waiting.forEach(poll -> poll.release(workers, completeAnswer));
    }

    /** What a test can see of the session. */
    public SimulatorSession view() {
        synchronized (lock) {
            return new SimulatorSession(id, operation, subject, Optional.ofNullable(verificationCode),
                    Optional.ofNullable(displayText), Optional.ofNullable(result));
        }
    }

    /** How many polls wait for this session right now. */
    public int waitingPolls() {
        synchronized (lock) {
            return polls.size();
        }
    }

    private void expire(Poll poll, Executor workers) {
        boolean mine;
        synchronized (lock) {
            mine = polls.remove(poll);
        }
        if (mine) {
            poll.release(workers, poll.running);
        }
    }

    /** A long poll waiting for this session. */
    private static final class Poll {
        final Call call;
        final JsonObject running;
        ScheduledFuture<?> timeout;

        Poll(Call call, JsonObject running) {
            this.call = call;
            this.running = running;
        }

        void release(Executor workers, JsonObject body) {
            if (timeout != null) {
                timeout.cancel(false);
            }
            try {
                workers.execute(() -> call.answer(200, body));
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // The simulator is closing; the connection goes with it.
                call.abandon();
            }
        }
    }
}
