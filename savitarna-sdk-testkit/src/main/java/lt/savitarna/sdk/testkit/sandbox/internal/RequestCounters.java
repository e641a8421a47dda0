package lt.savitarna.sdk.testkit.sandbox.internal;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Requests received per {@code "METHOD /path/{template}"}. Thread-safe. */
public final class RequestCounters {

    private final ConcurrentHashMap<String, LongAdder> counts = new ConcurrentHashMap<>();

    public static String key(String method, String template) {
        return method + " " + template;
    }

    public void increment(String method, String template) {
        counts.computeIfAbsent(key(method, template), k -> new LongAdder()).increment();
    }

    public long count(String method, String template) {
        LongAdder adder = counts.get(key(method, template));
        return adder == null ? 0 : adder.sum();
    }

    /** A sorted copy. */
    public Map<String, Long> snapshot() {
        Map<String, Long> copy = new TreeMap<>();
        counts.forEach((key, adder) -> copy.put(key, adder.sum()));
        return copy;
    }

    public void clear() {
        counts.clear();
    }
}
