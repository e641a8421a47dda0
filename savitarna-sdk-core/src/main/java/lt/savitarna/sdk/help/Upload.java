package lt.savitarna.sdk.help;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import lt.savitarna.sdk.ProgressListener;

/**
 * A file to upload for the agronomist-consultant ({@link Help#upload(Upload)}) or to attach to a
 * help request ({@link Help#attach(String, Upload)}). The file is streamed from disk, never read
 * into memory. Allowed are PDF, JPEG, PNG, HEIC, DOCX and XLSX files of at most 25 MiB; the type
 * comes from {@link Builder#mediaType(String)} or else from the file's extension, and both limits
 * are checked before anything is sent.
 *
 * <!-- sample: HelpDeskUpload#attach -->
 * <pre>{@code
 * UploadedFile uploaded = help.attach(request.id(), Upload.builder(document)
 *         .description("Žemės nuomos sutarties kopija")
 *         .progress(new ProgressBar(out, document.getFileName().toString()))
 *         .build());
 * out.printf("Attached %s (%,d B, %s): %s%n", uploaded.fileName(), uploaded.size(), uploaded.mediaType(),
 *         uploaded.state());
 * }</pre>
 */
public final class Upload {

    private static final Map<String, String> BY_EXTENSION = Map.of(
            "pdf", "application/pdf",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg",
            "png", "image/png",
            "heic", "image/heic",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Path file;
    private final String fileName;
    private final String mediaType;
    private final String description;
    private final ProgressListener progress;

    private Upload(Builder b) {
        this.file = b.file;
        this.fileName = b.fileName;
        this.mediaType = b.mediaType;
        this.description = b.description;
        this.progress = b.progress;
    }

    /** An upload of {@code file} with the type from its extension and no description. */
    public static Upload of(Path file) {
        return builder(file).build();
    }

    /** A builder for an upload of {@code file}. */
    public static Builder builder(Path file) {
        return new Builder(file);
    }

    /** The file to send. */
    public Path file() {
        return file;
    }

    /** The name the portal sees: as set, or the file's own name. */
    public String fileName() {
        return fileName != null ? fileName : String.valueOf(file.getFileName());
    }

    /** The media type: as set, or the one of the file's extension; empty when neither is known. */
    public Optional<String> mediaType() {
        if (mediaType != null) {
            return Optional.of(mediaType);
        }
        String name = fileName().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Optional.ofNullable(BY_EXTENSION.get(name.substring(dot + 1)));
    }

    /** The description, or {@code null}. */
    public String description() {
        return description;
    }

    /**
     * Told how the upload advances, in bytes of the whole request body. It runs on the HTTP
     * client's threads; an exception it throws is logged and ignored.
     */
    public ProgressListener progress() {
        return progress;
    }

    @Override
    public String toString() {
        return "Upload[file=" + file + ", fileName=" + fileName() + ", mediaType=" + mediaType().orElse(null) + "]";
    }

    /**
     * Builds an {@link Upload}.
     */
    public static final class Builder {
        private final Path file;
        private String fileName;
        private String mediaType;
        private String description;
        private ProgressListener progress = ProgressListener.none();

        private Builder(Path file) {
            this.file = Objects.requireNonNull(file, "file");
        }

        /** The name the portal sees; default the file's own name. */
        public Builder fileName(String fileName) {
            if (fileName != null && fileName.isBlank()) {
                throw new IllegalArgumentException("fileName must not be blank");
            }
            this.fileName = fileName;
            return this;
        }

        /** The media type, e.g. {@code application/pdf}; default: from the file's extension. */
        public Builder mediaType(String mediaType) {
            this.mediaType = mediaType == null ? null
                    : mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            return this;
        }

        /** A description for the consultant (at most 1000 characters); default none. */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** The progress listener; default none. */
        public Builder progress(ProgressListener progress) {
            this.progress = Objects.requireNonNull(progress, "progress");
            return this;
        }

        /** Builds the upload; the file is checked when it is sent. */
        public Upload build() {
            return new Upload(this);
        }
    }
}
