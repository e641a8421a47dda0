package lt.savitarna.sdk.benchmarks.child;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The most heap this JVM ever had in use at one moment. Between collections used heap only grows,
 * so its peaks are the totals just before each collection, which every collector's notification
 * carries; the pools' own peak figures cannot be added up instead, because each pool peaks at a
 * different moment (their sum can exceed {@code -Xmx}).
 *
 * <pre>{@code
 * HeapPeak peak = HeapPeak.start();
 * download();
 * long bytes = peak.bytes();
 * }</pre>
 */
final class HeapPeak {

    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
            .collect(Collectors.toUnmodifiableSet());
    private final AtomicLong peak = new AtomicLong();

    private HeapPeak() {
    }

    static HeapPeak start() {
        HeapPeak heapPeak = new HeapPeak();
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    GarbageCollectionNotificationInfo info =
                            GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                    heapPeak.offer(info.getGcInfo().getMemoryUsageBeforeGc());
                }
            }, null, null);
        }
        return heapPeak;
    }

    /** The peak so far, including the heap in use now. */
    long bytes() {
        peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
        return peak.get();
    }

    private void offer(Map<String, MemoryUsage> beforeCollection) {
        long used = beforeCollection.entrySet().stream().filter(e -> heapPools.contains(e.getKey()))
                .mapToLong(e -> e.getValue().getUsed()).sum();
        peak.accumulateAndGet(used, Math::max);
    }
}
