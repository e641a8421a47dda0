package lt.savitarna.sdk.signing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;

/**
 * An HTTPS/1.1 server on 127.0.0.1 that follows a script per connection: the n-th connection it
 * accepts handles its requests as the n-th list says, {@link Step#ANSWER} ({@code 200} with a
 * JSON body, connection kept alive) or {@link Step#DROP} (the request is read, then the
 * connection is closed without a byte of an answer). A connection past the script, or past its
 * steps, is closed. It records every request it reads as {@code <connection>:<method> <path>}.
 */
final class DroppingServer implements AutoCloseable {

    /** What the server does with one request. */
    enum Step { ANSWER, DROP }

    private final SSLServerSocket socket;
    private final List<List<Step>> script;
    private final String answer;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    DroppingServer(String answer, List<List<Step>> script) throws Exception {
        this.answer = answer;
        this.script = List.copyOf(script);
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(TestCertificates.tlsServerKeyStore())) {
            keys.load(in, TestCertificates.PASSWORD);
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, TestCertificates.PASSWORD);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(kmf.getKeyManagers(), null, null);
        socket = (SSLServerSocket) tls.getServerSocketFactory().createServerSocket(0, 50,
                InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::accept, "dropping-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    URI baseUri() {
        return URI.create("https://127.0.0.1:" + socket.getLocalPort() + "/api/");
    }

    /** {@return every request read so far, as {@code <connection>:<method> <path>}} */
    List<String> requests() {
        return List.copyOf(requests);
    }

    private void accept() {
        int connection = 0;
        while (!socket.isClosed()) {
            try {
                Socket s = socket.accept();
                List<Step> steps = connection < script.size() ? script.get(connection) : List.of();
                int n = ++connection;
                Thread t = new Thread(() -> serve(s, n, steps), "dropping-server-" + n);
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket s, int connection, List<Step> steps) {
        try (s; InputStream in = s.getInputStream(); OutputStream out = s.getOutputStream()) {
            for (Step step : steps) {
                String request = readRequest(in);
                if (request == null) {
                    return;
                }
                requests.add(connection + ":" + request);
                if (step == Step.DROP) {
                    return;
                }
                byte[] body = answer.getBytes(StandardCharsets.UTF_8);
                out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                        + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
            }
        } catch (IOException e) {
            // the client went away; the script for this connection is over
        }
    }

    /** Reads one request's head and body; {@return its method and path, or null at the end of input} */
    private static String readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            head.write(b);
            byte[] h = head.toByteArray();
            int n = h.length;
            if (n >= 4 && h[n - 4] == '\r' && h[n - 3] == '\n' && h[n - 2] == '\r' && h[n - 1] == '\n') {
                break;
            }
        }
        if (b < 0) {
            return null;
        }
        List<String> lines = new ArrayList<>(List.of(head.toString(StandardCharsets.US_ASCII).split("\r\n")));
        int length = 0;
        for (String line : lines) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(line.indexOf(':') + 1).strip());
            }
        }
        in.readNBytes(length);
        String[] requestLine = lines.get(0).split(" ");
        return requestLine[0] + " " + requestLine[1];
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
