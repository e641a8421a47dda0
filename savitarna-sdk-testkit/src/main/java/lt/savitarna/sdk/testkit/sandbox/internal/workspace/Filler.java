package lt.savitarna.sdk.testkit.sandbox.internal.workspace;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Deterministic pseudo-random bytes in 64 KiB blocks: any block can be produced on its own from
 * the seed and its index, so a range of a huge file is generated without generating what comes
 * before it. SplitMix64, which is fast and good enough for bytes nobody reads.
 */
final class Filler {

    static final int BLOCK = 64 * 1024;

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private Filler() {
    }

    /** Fills {@code block} (of {@link #BLOCK} bytes) with block number {@code index} of the stream {@code seed}. */
    static void fill(long seed, long index, byte[] block) {
        long state = seed ^ (index * GOLDEN) ^ 0x5DEECE66DL;
        for (int i = 0; i < BLOCK; i += Long.BYTES) {
            state += GOLDEN;
            long z = state;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            LONGS.set(block, i, z ^ (z >>> 31));
        }
    }
}
