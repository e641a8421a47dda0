package lt.savitarna.sdk.testkit.sandbox.internal;

import java.util.ArrayDeque;
import java.util.List;
import lt.savitarna.sdk.testkit.sandbox.SandboxExchange;

/** The last {@code capacity} exchanges, oldest first. Thread-safe. */
public final class ExchangeRecorder {

    private final int capacity;
    private final ArrayDeque<SandboxExchange> exchanges = new ArrayDeque<>();

    public ExchangeRecorder(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must not be negative");
        }
        this.capacity = capacity;
    }

    public synchronized void record(SandboxExchange exchange) {
        if (capacity == 0) {
            return;
        }
        while (exchanges.size() >= capacity) {
            exchanges.removeFirst();
        }
        exchanges.addLast(exchange);
    }

    public synchronized List<SandboxExchange> snapshot() {
        return List.copyOf(exchanges);
    }

    public synchronized void clear() {
        exchanges.clear();
    }
}
