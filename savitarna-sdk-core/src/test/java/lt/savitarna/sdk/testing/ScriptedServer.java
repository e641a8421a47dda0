package lt.savitarna.sdk.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A tiny HTTP/1.1 server on 127.0.0.1 for what WireMock cannot do: send valid headers and then
 * break the body off, or stall in the middle of it. One request per connection.
 */
public final class ScriptedServer implements AutoCloseable {

    /** What the client sent. */
    public record Request(String method, String path, Map<String, String> headers) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /**
     * What to answer.
     *
     * @param status  the status
     * @param headers the headers (Content-Length is added from {@code body})
     * @param body    the whole body the headers announce
     * @param sendBytes how many body bytes to send before {@code then}; -1 for all
     * @param stall   whether to stall (keep the connection open, send nothing) after {@code sendBytes}
     *                instead of closing it
     */
    public record Reply(int status, Map<String, String> headers, byte[] body, int sendBytes, boolean stall) {
        public static Reply of(int status, Map<String, String> headers, byte[] body) {
            return new Reply(status, headers, body, -1, false);
        }

        public Reply cutAfter(int bytes) {
            return new Reply(status, headers, body, bytes, false);
        }

        public Reply stallAfter(int bytes) {
            return new Reply(status, headers, body, bytes, true);
        }
    }

    private final ServerSocket socket;
    private final Function<Request, Reply> handler;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Thread acceptor;

    public ScriptedServer(Function<Request, Reply> handler) throws IOException {
        this.handler = handler;
        this.socket = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        this.acceptor = new Thread(this::acceptLoop, "scripted-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort());
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try {
                Socket s = socket.accept();
                Thread t = new Thread(() -> serve(s), "scripted-connection");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket s) {
        try (s) {
            Request request = readRequest(s.getInputStream());
            if (request == null) {
                return;
            }
            requests.add(request);
            Reply reply = handler.apply(request);
            OutputStream out = s.getOutputStream();
            StringBuilder head = new StringBuilder("HTTP/1.1 ").append(reply.status()).append(" X\r\n");
            reply.headers().forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
            head.append("Content-Length: ").append(reply.body().length).append("\r\n");
            head.append("Connection: close\r\n\r\n");
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            int n = reply.sendBytes() < 0 ? reply.body().length : reply.sendBytes();
            out.write(reply.body(), 0, n);
            out.flush();
            if (reply.stall()) {
                closed.await(30, TimeUnit.SECONDS); // hold the connection open without sending
            }
        } catch (IOException | InterruptedException e) {
            // The client went away; nothing to do.
        }
    }

    private static Request readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                return null;
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        String[] lines = head.toString(StandardCharsets.UTF_8).split("\r\n");
        String[] first = lines[0].split(" ");
        Map<String, String> headers = new TreeMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim());
            }
        }
        String length = headers.get("content-length");
        if (length != null) {
            in.readNBytes(Integer.parseInt(length));
        }
        return new Request(first[0], first[1], headers);
    }

    @Override
    public void close() throws IOException {
        closed.countDown();
        socket.close();
    }
}
