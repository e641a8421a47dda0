package lt.savitarna.sdk.testkit.sk.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lt.savitarna.sdk.testkit.sk.SimulatorSession;

/**
 * A simulator's sessions, oldest first. Both SK services keep a session readable for about
 * five minutes after it completes; after that it is gone (404).
 */
public final class SessionRegistry {

    /** How long a completed session stays readable. */
    public static final Duration RETENTION = Duration.ofMinutes(5);

    private final Map<String, SimSession> sessions = new LinkedHashMap<>();

    public void add(SimSession session) {
        synchronized (sessions) {
            sessions.put(session.id(), session);
        }
    }

    /** The session, unless it never existed or has expired by {@code now}. */
    public Optional<SimSession> find(String id, Instant now) {
        synchronized (sessions) {
            SimSession session = sessions.get(id);
            if (session == null) {
                return Optional.empty();
            }
            if (session.expired(now, RETENTION)) {
                sessions.remove(id);
                return Optional.empty();
            }
            return Optional.of(session);
        }
    }

    /** Forgets sessions that expired by {@code now}. */
    public void purge(Instant now) {
        synchronized (sessions) {
            for (Iterator<SimSession> it = sessions.values().iterator(); it.hasNext(); ) {
                if (it.next().expired(now, RETENTION)) {
                    it.remove();
                }
            }
        }
    }

    public List<SimulatorSession> views() {
        synchronized (sessions) {
            List<SimulatorSession> views = new ArrayList<>(sessions.size());
            sessions.values().forEach(session -> views.add(session.view()));
            return views;
        }
    }

    /** Long polls that are waiting right now, over all sessions. */
    public int waitingPolls() {
        synchronized (sessions) {
            return sessions.values().stream().mapToInt(SimSession::waitingPolls).sum();
        }
    }
}
