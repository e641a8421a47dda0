package lt.savitarna.sdk.internal.http;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A resource shared by clients made from one another with {@code toBuilder()}: closed when the
 * last of them closes.
 *
 * @param <R> the resource type
 */
public final class RefCounted<R> {

    private final R value;
    private final Runnable closer;
    private final AtomicInteger references = new AtomicInteger(1);

    /** Wraps a new resource, held once by its creator. */
    public RefCounted(R value, Runnable closer) {
        this.value = value;
        this.closer = closer;
    }

    /** The resource. */
    public R value() {
        return value;
    }

    /** Takes one more reference; {@code false} when the resource is already closed. */
    public boolean retain() {
        while (true) {
            int now = references.get();
            if (now == 0) {
                return false;
            }
            if (references.compareAndSet(now, now + 1)) {
                return true;
            }
        }
    }

    /** Gives one reference back; the last one closes the resource. */
    public void release() {
        if (references.decrementAndGet() == 0) {
            closer.run();
        }
    }
}
