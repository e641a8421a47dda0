package lt.savitarna.sdk.testing;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import lt.savitarna.sdk.Sleeper;

/** Records the waits the SDK asks for instead of waiting; optionally moves a clock by them. */
public final class RecordingSleeper implements Sleeper {

    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final MutableClock clock;

    public RecordingSleeper() {
        this(null);
    }

    public RecordingSleeper(MutableClock clock) {
        this.clock = clock;
    }

    @Override
    public void sleep(Duration duration) {
        waits.add(duration);
        if (clock != null) {
            clock.advance(duration);
        }
    }

    public List<Duration> waits() {
        return List.copyOf(waits);
    }
}
