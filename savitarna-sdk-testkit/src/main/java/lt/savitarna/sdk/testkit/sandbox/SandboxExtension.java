package lt.savitarna.sdk.testkit.sandbox;

import java.util.Objects;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that runs a {@link SandboxServer}. In a {@code static} field it starts one
 * server for the test class; in an instance field, one per test. Faults are cleared before and
 * after every test; other state (accounts, sessions, counters, exchanges) is kept, so call
 * {@link SandboxServer#reset()} where a test needs a clean slate. Test and lifecycle methods may
 * take a {@link SandboxServer} parameter.
 *
 * <!-- sample: SandboxLoginExampleTest#extension -->
 * <pre>{@code
 * class SandboxLoginExampleTest {
 *
 *     @RegisterExtension
 *     static final SandboxExtension SANDBOX = new SandboxExtension();
 *
 *     @Test
 *     void theDemoCustomerLogsIn(SandboxServer sandbox) {
 *         try (SavitarnaClient client = SavitarnaClient.builder().baseUri(sandbox.baseUri()).build();
 *              Session session = client.login(DemoData.JONAS_EMAIL, DemoData.JONAS_PASSWORD.toCharArray())) {
 *             assertEquals(DemoData.JONAS_FIRST_NAME, session.me().firstName());
 *         }
 *     }
 * }
 * }</pre>
 */
public final class SandboxExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private final Supplier<SandboxServer.Builder> configuration;
    private SandboxServer server;
    private boolean perClass;
    private int classDepth;

    /** A sandbox with the defaults of {@link SandboxServer#builder()}. */
    public SandboxExtension() {
        this(SandboxServer::builder);
    }

    /**
     * A sandbox configured by {@code configuration}, asked once per server started, e.g.
     * {@code new SandboxExtension(() -> SandboxServer.builder().clock(clock))}.
     */
    public SandboxExtension(Supplier<SandboxServer.Builder> configuration) {
        this.configuration = Objects.requireNonNull(configuration, "configuration");
    }

    /**
     * The running server.
     *
     * @throws IllegalStateException outside a test's lifecycle
     */
    public synchronized SandboxServer server() {
        if (server == null) {
            throw new IllegalStateException("the sandbox runs only while tests run");
        }
        return server;
    }

    @Override
    public synchronized void beforeAll(ExtensionContext context) {
        // Nested test classes call this again for the same extension: keep the one server.
        if (classDepth++ == 0) {
            server = configuration.get().start();
            perClass = true;
        }
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) {
        if (--classDepth == 0 && server != null) {
            server.close();
            server = null;
        }
    }

    @Override
    public synchronized void beforeEach(ExtensionContext context) {
        if (server == null) {
            server = configuration.get().start();
            perClass = false;
        }
        server.faults().clear();
    }

    @Override
    public synchronized void afterEach(ExtensionContext context) {
        if (server == null) {
            return;
        }
        server.faults().clear();
        if (!perClass) {
            server.close();
            server = null;
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == SandboxServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return server();
    }
}
