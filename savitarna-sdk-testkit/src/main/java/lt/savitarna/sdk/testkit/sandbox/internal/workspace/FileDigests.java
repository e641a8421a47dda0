package lt.savitarna.sdk.testkit.sandbox.internal.workspace;

import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The checksums of a file: SHA-256 (for {@code FileInfo.sha256}, {@code ETag} and
 * {@code X-Checksum-SHA256}), CRC-32 (for a stored entry of a signed container), and the SHA-256
 * state right after the file's last byte, so that "the file followed by something" can be hashed
 * without reading the file again.
 */
public final class FileDigests {

    private final byte[] sha256;
    private final long crc32;
    private final MessageDigest afterContent;

    FileDigests(byte[] sha256, long crc32, MessageDigest afterContent) {
        this.sha256 = sha256.clone();
        this.crc32 = crc32;
        this.afterContent = afterContent;
    }

    public String sha256Hex() {
        return HexFormat.of().formatHex(sha256);
    }

    public String sha256Base64() {
        return Base64.getEncoder().encodeToString(sha256);
    }

    public long crc32() {
        return crc32;
    }

    /** SHA-256 over the file's bytes followed by {@code suffix}. */
    public byte[] sha256WithSuffix(byte[] suffix) {
        try {
            MessageDigest digest = (MessageDigest) afterContent.clone();
            digest.update(suffix);
            return digest.digest();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the SHA-256 implementation cannot be cloned", e);
        }
    }
}
