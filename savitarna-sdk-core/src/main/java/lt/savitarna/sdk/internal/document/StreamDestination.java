package lt.savitarna.sdk.internal.document;

import java.io.IOException;
import java.io.OutputStream;

/** The caller's stream: bytes once written cannot be taken back, so it starts over only from zero. */
final class StreamDestination extends Destination {

    private final OutputStream out;

    StreamDestination(OutputStream out) {
        this.out = out;
    }

    @Override
    void append(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
    }

    @Override
    boolean canRestart() {
        return position == 0;
    }
}
