package lt.savitarna.sdk.testkit.sandbox;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Checksums and multipart bodies for the workspace tests. */
final class TestFiles {

    private TestFiles() {
    }

    static String sha256(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(part);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A {@code multipart/form-data} body with a file part and an optional description. */
    static final class Form {
        final String boundary;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Form(String boundary) {
            this.boundary = boundary;
        }

        Form field(String name, String value) {
            text("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
            return this;
        }

        Form file(String name, String fileName, String contentType, byte[] content) {
            text("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
                    + "\"\r\n" + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n") + "\r\n");
            out.writeBytes(content);
            text("\r\n");
            return this;
        }

        byte[] build() {
            text("--" + boundary + "--\r\n");
            return out.toByteArray();
        }

        String contentType() {
            return "multipart/form-data; boundary=" + boundary;
        }

        private void text(String value) {
            out.writeBytes(value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
