package lt.savitarna.sdk.document;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import lt.savitarna.sdk.ProgressListener;

/**
 * How {@link Documents#download(String, java.nio.file.Path, DownloadOptions)} saves a file.
 * Defaults: no progress listener, resume from a partial file, replace an existing file, check the
 * portal's checksum only.
 *
 * <!-- sample: InvoiceImport#download-options -->
 * <pre>{@code
 * DownloadOptions options = DownloadOptions.builder()
 *         .progress(new ProgressBar(out, invoice.number()))
 *         .expectedSha256(invoice.file().sha256()) // the listing's checksum must match too
 *         .build();
 * }</pre>
 */
public final class DownloadOptions {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");
    private static final DownloadOptions DEFAULTS = builder().build();

    private final ProgressListener progress;
    private final boolean resume;
    private final boolean overwrite;
    private final String expectedSha256;

    private DownloadOptions(Builder b) {
        this.progress = b.progress;
        this.resume = b.resume;
        this.overwrite = b.overwrite;
        this.expectedSha256 = b.expectedSha256;
    }

    /** The defaults. */
    public static DownloadOptions defaults() {
        return DEFAULTS;
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Told how the download advances. */
    public ProgressListener progress() {
        return progress;
    }

    /**
     * Whether a partial file ({@code <name>.part}) left by an interrupted download is continued, and
     * kept after a failure for a later call to continue.
     */
    public boolean resume() {
        return resume;
    }

    /** Whether an existing file at the destination is replaced. */
    public boolean overwrite() {
        return overwrite;
    }

    /** A checksum the file must also have, e.g. from the document's metadata. */
    public Optional<String> expectedSha256() {
        return Optional.ofNullable(expectedSha256);
    }

    @Override
    public String toString() {
        return "DownloadOptions[resume=" + resume + ", overwrite=" + overwrite + ", expectedSha256="
                + expectedSha256 + "]";
    }

    /**
     * Builds {@link DownloadOptions}.
     */
    public static final class Builder {
        private ProgressListener progress = ProgressListener.none();
        private boolean resume = true;
        private boolean overwrite = true;
        private String expectedSha256;

        private Builder() {
        }

        /** The progress listener; default none. */
        public Builder progress(ProgressListener progress) {
            this.progress = Objects.requireNonNull(progress, "progress");
            return this;
        }

        /**
         * Whether to continue a partial file and keep it after a failure; default {@code true}.
         * With {@code false} a download always starts from the first byte and leaves nothing behind
         * when it fails.
         */
        public Builder resume(boolean resume) {
            this.resume = resume;
            return this;
        }

        /** Whether to replace an existing file; default {@code true}. */
        public Builder overwrite(boolean overwrite) {
            this.overwrite = overwrite;
            return this;
        }

        /** A lower-case or upper-case hex SHA-256 the file must have as well; {@code null} for none. */
        public Builder expectedSha256(String sha256) {
            String hex = sha256 == null ? null : sha256.toLowerCase(Locale.ROOT);
            if (hex != null && !SHA256_HEX.matcher(hex).matches()) {
                throw new IllegalArgumentException("expectedSha256 must be 64 hex digits");
            }
            this.expectedSha256 = hex;
            return this;
        }

        /** Builds the options. */
        public DownloadOptions build() {
            return new DownloadOptions(this);
        }
    }
}
