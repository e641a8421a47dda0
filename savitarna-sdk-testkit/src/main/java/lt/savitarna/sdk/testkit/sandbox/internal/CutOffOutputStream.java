package lt.savitarna.sdk.testkit.sandbox.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Passes the first {@code limit} bytes through, then stops the writer with {@link CutOff}: how a
 * {@code TRUNCATE_BODY} fault damages a streamed body without generating the rest of it.
 */
final class CutOffOutputStream extends FilterOutputStream {

    private long remaining;

    CutOffOutputStream(OutputStream out, long limit) {
        super(out);
        this.remaining = limit;
    }

    @Override
    public void write(int b) throws IOException {
        if (remaining <= 0) {
            throw new CutOff();
        }
        out.write(b);
        remaining--;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        int allowed = (int) Math.min(len, remaining);
        if (allowed > 0) {
            out.write(b, off, allowed);
            remaining -= allowed;
        }
        if (allowed < len) {
            throw new CutOff();
        }
    }

    @Override
    public void close() {
        // the exchange is closed by the dispatcher
    }

    /** Thrown once the limit is reached. */
    static final class CutOff extends IOException {
        private static final long serialVersionUID = 1L;

        CutOff() {
            super("cut off by a sandbox fault", null);
        }
    }
}
