package lt.savitarna.sdk.internal.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Locale;
import lt.savitarna.sdk.error.ErrorCodes;
import lt.savitarna.sdk.error.TransportException;
import lt.savitarna.sdk.internal.http.IdleReadGuard;
import org.junit.jupiter.api.Test;

class VerifyingStreamTest {

    @Test
    void aBodyThatBreaksOffIsATransportExceptionNotABareIoException() {
        IOException cut = new IOException("fixed content-length: 19021, bytes received: 9510");
        InputStream breaksOff = new InputStream() {
            private int left = 10;

            @Override
            public int read() throws IOException {
                if (left-- > 0) {
                    return 'x';
                }
                throw cut;
            }
        };
        VerifyingStream stream = new VerifyingStream(IdleReadGuard.guard(breaksOff, null, Duration.ofSeconds(5)),
                "0".repeat(64), "doc_1", "req_1", Locale.ENGLISH);

        TransportException e = assertThrows(TransportException.class,
                () -> stream.transferTo(new ByteArrayOutputStream()));

        assertEquals(ErrorCodes.NETWORK_ERROR, e.getCode());
        assertSame(cut, e.getCause());
        assertEquals("req_1", e.getRequestId());
    }
}
