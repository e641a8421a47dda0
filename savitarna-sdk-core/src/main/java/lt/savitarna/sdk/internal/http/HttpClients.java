package lt.savitarna.sdk.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.Executor;

/** Creates and shuts down the JDK HTTP client, and names the SDK in {@code User-Agent}. */
public final class HttpClients {

    private static final String VERSION = readVersion();

    private HttpClients() {
    }

    /**
     * The settings that shape an {@link HttpClient}; clients with equal settings can share one.
     *
     * @param connectTimeout the connect timeout
     * @param executor       the executor for the client's async work, or {@code null} for the JDK's
     * @param proxy          the proxy selector, or {@code null} for none
     * @param http2          whether to prefer HTTP/2 (for {@code https}); plain loopback HTTP stays
     *                       on HTTP/1.1 to avoid the upgrade dance
     */
    public record Settings(Duration connectTimeout, Executor executor, ProxySelector proxy, boolean http2) {
    }

    /** A new HTTP client. Redirects are not followed: the API answers without them. */
    public static HttpClient create(Settings settings) {
        HttpClient.Builder b = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(settings.http2() ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1);
        if (settings.executor() != null) {
            b.executor(settings.executor());
        }
        if (settings.proxy() != null) {
            b.proxy(settings.proxy());
        }
        return b.build();
    }

    /**
     * Starts an orderly shutdown where the JDK offers one ({@code HttpClient.shutdown()}, Java 21+);
     * on Java 17 the client's threads simply end when it is no longer referenced.
     */
    public static void shutdown(HttpClient client) {
        try {
            Method shutdown = HttpClient.class.getMethod("shutdown");
            shutdown.invoke(client);
        } catch (NoSuchMethodException e) {
            // Java 17: nothing to call.
        } catch (ReflectiveOperationException | RuntimeException e) {
            // Shutting down is best effort; the client is no longer used either way.
        }
    }

    /** {@code savitarna-sdk-java/<version> Java/<version>}, then the caller's suffix. */
    public static String userAgent(String suffix) {
        String base = "savitarna-sdk-java/" + VERSION + " Java/" + System.getProperty("java.version", "unknown");
        return suffix == null || suffix.isBlank() ? base : base + " " + suffix.strip();
    }

    /** The SDK version from the module's build-time resource, or {@code dev}. */
    public static String version() {
        return VERSION;
    }

    private static String readVersion() {
        try (InputStream in = HttpClients.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "dev");
            return v.startsWith("${") ? "dev" : v;
        } catch (IOException e) {
            return "dev";
        }
    }
}
