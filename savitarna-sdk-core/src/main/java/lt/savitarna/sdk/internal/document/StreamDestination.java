package lt.savitarna.sdk.internal.document;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.List;

/** The caller's stream: bytes once written cannot be taken back, so it starts over only from zero. */
final class StreamDestination extends Destination {

    private static final int COPY_BUFFER = 64 * 1024;

    private final OutputStream out;

    StreamDestination(OutputStream out) {
        this.out = out;
    }

    @Override
    void append(List<ByteBuffer> buffers) throws IOException {
        byte[] copy = null;
        for (ByteBuffer b : buffers) {
            if (b.hasArray()) {
                out.write(b.array(), b.arrayOffset() + b.position(), b.remaining());
                b.position(b.limit());
                continue;
            }
            if (copy == null) {
                copy = new byte[COPY_BUFFER];
            }
            while (b.hasRemaining()) {
                int n = Math.min(copy.length, b.remaining());
                b.get(copy, 0, n);
                out.write(copy, 0, n);
            }
        }
    }

    @Override
    boolean canRestart() {
        return position == 0;
    }
}
