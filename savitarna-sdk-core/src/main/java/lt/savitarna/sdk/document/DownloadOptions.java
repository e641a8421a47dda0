package lt.savitarna.sdk.document;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import lt.savitarna.sdk.ProgressListener;

/**
 * How {@link Documents#download(String, java.nio.file.Path, DownloadOptions)} saves a file.
 * Defaults: no progress listener, resume from a partial file, replace an existing file, check the
 * portal's checksum only, force the file to disk before returning.
 *
 * <!-- sample: InvoiceImport#download-options -->
 * <pre>{@code
 * DownloadOptions options = DownloadOptions.builder()
 *         .progress(new ProgressBar(out, invoice.number()))
 *         .expectedSha256(invoice.file().sha256()) // the listing's checksum must match too
 *         // The default, spelled out: the ERP takes the file over, so it must be on
 *         // disk when download returns; false suits a cache that can be fetched again.
 *         .forceToDisk(true)
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
    private final boolean forceToDisk;

    private DownloadOptions(Builder b) {
        this.progress = b.progress;
        this.resume = b.resume;
        this.overwrite = b.overwrite;
        this.expectedSha256 = b.expectedSha256;
        this.forceToDisk = b.forceToDisk;
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

    /**
     * Whether the file is forced to disk (and its folder after the rename) before the download
     * returns; see {@link Builder#forceToDisk(boolean)}.
     */
    public boolean forceToDisk() {
        return forceToDisk;
    }

    @Override
    public String toString() {
        return "DownloadOptions[resume=" + resume + ", overwrite=" + overwrite + ", expectedSha256="
                + expectedSha256 + ", forceToDisk=" + forceToDisk + "]";
    }

    /**
     * Builds {@link DownloadOptions}.
     */
    public static final class Builder {
        private ProgressListener progress = ProgressListener.none();
        private boolean resume = true;
        private boolean overwrite = true;
        private String expectedSha256;
        private boolean forceToDisk = true;

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

        /**
         * Whether the file is forced to disk before the download returns; default {@code true}.
         * Either way the file appears under its name only whole and verified (an atomic rename).
         * With {@code true} the bytes are forced to disk before the rename and the folder after
         * it, so a file that was returned survives a power failure or operating system crash.
         * With {@code false} the download returns while the bytes may still be only in the
         * operating system's cache: faster for large files, but such a crash shortly after may
         * lose the file or, on some file systems, leave it empty or short under its name. Choose
         * {@code false} when the file can be downloaded again, e.g. a cache, or when the caller
         * forces it to disk later itself.
         */
        public Builder forceToDisk(boolean forceToDisk) {
            this.forceToDisk = forceToDisk;
            return this;
        }

        /** Builds the options. */
        public DownloadOptions build() {
            return new DownloadOptions(this);
        }
    }
}
