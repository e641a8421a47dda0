package lt.savitarna.sdk.examples;

import java.io.PrintStream;
import lt.savitarna.sdk.ProgressListener;

/** A one-line text progress bar for downloads and uploads, redrawn in place with {@code \r}. */
final class ProgressBar implements ProgressListener {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final String label;
    private int drawn = -1;

    ProgressBar(PrintStream out, String label) {
        this.out = out;
        this.label = label;
    }

    @Override
    public void onProgress(long bytesSoFar, long totalBytes) {
        if (totalBytes <= 0) {
            return;
        }
        int filled = (int) (WIDTH * Math.min(bytesSoFar, totalBytes) / totalBytes);
        if (filled == drawn) {
            return; // redraw only when the bar grows, not for every buffer
        }
        drawn = filled;
        out.printf("\r  %-14s [%s%s] %3d%% %,d B", label, "#".repeat(filled), " ".repeat(WIDTH - filled),
                100 * bytesSoFar / totalBytes, bytesSoFar);
        if (bytesSoFar >= totalBytes) {
            out.println();
        }
    }
}
