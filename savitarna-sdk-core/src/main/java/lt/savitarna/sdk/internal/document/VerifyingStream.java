package lt.savitarna.sdk.internal.document;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.Locale;
import lt.savitarna.sdk.error.ChecksumMismatchException;
import lt.savitarna.sdk.error.ErrorCodes;
import lt.savitarna.sdk.error.ReadTimeoutException;
import lt.savitarna.sdk.error.TransportException;
import lt.savitarna.sdk.internal.http.IdleReadGuard;

/**
 * The body of {@code Documents.open}: hashes what passes through and checks the checksum when the
 * end is reached; a stalled read becomes a {@link ReadTimeoutException}, and a connection that
 * breaks off a {@link TransportException}: like every other failure of the SDK, an unchecked
 * exception of its own hierarchy rather than the JDK's bare {@code IOException}.
 */
final class VerifyingStream extends InputStream {

    private final IdleReadGuard in;
    private final MessageDigest sha = Checksums.sha256();
    private final String expected;
    private final String documentId;
    private final String requestId;
    private final Locale locale;
    private boolean verified;

    VerifyingStream(IdleReadGuard in, String expected, String documentId, String requestId, Locale locale) {
        this.in = in;
        this.expected = expected;
        this.documentId = documentId;
        this.requestId = requestId;
        this.locale = locale;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n;
        try {
            n = in.read(b, off, len);
        } catch (IdleReadGuard.StalledReadException e) {
            throw new ReadTimeoutException(requestId, 1, e.limit(), locale, e);
        } catch (IOException e) {
            throw new TransportException(ErrorCodes.NETWORK_ERROR, requestId, 1, locale, e);
        }
        if (n > 0) {
            sha.update(b, off, n);
        } else if (n < 0 && !verified) {
            verified = true;
            String actual = Checksums.hex(sha.digest());
            if (!actual.equals(expected)) {
                throw new ChecksumMismatchException(documentId, expected, actual, requestId, locale);
            }
        }
        return n;
    }

    @Override
    public int available() throws IOException {
        return in.available();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
