package lt.savitarna.sdk.document;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A finished, verified download to a file.
 *
 * <pre>{@code
 * DownloadResult r = ws.documents().download(id, Path.of("archive"));
 * System.out.println(r.file() + ": " + r.size() + " bytes" + (r.resumed() ? " (resumed)" : ""));
 * }</pre>
 *
 * @param file        where the file now is
 * @param size        its size in bytes
 * @param sha256      its lower-case hex SHA-256, equal to the portal's
 * @param resumedFrom the offset an earlier partial download was continued from; 0 when the file was
 *                    downloaded from the first byte
 */
public record DownloadResult(Path file, long size, String sha256, long resumedFrom) {

    /** Requires the file and the checksum. */
    public DownloadResult {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sha256, "sha256");
    }

    /** Whether a partial download was continued rather than started over. */
    public boolean resumed() {
        return resumedFrom > 0;
    }
}
