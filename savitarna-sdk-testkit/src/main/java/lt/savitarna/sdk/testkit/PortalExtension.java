package lt.savitarna.sdk.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import lt.savitarna.sdk.SavitarnaClient;
import lt.savitarna.sdk.signing.MobileIdProvider;
import lt.savitarna.sdk.signing.SmartIdProvider;
import lt.savitarna.sdk.testkit.sandbox.SandboxServer;
import lt.savitarna.sdk.testkit.sk.MobileIdSimulator;
import lt.savitarna.sdk.testkit.sk.SmartIdSimulator;
import lt.savitarna.sdk.testkit.sk.TestPki;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that starts a {@link PortalEnvironment} (sandbox portal, Smart-ID and
 * Mobile-ID simulators) once per test class and injects into test methods a ready
 * {@link SavitarnaClient} (closed after the test), the {@link SmartIdProvider} and
 * {@link MobileIdProvider} pointed at the simulators, and the handles to seed data or flip
 * faults: {@link SandboxServer}, {@link SmartIdSimulator}, {@link MobileIdSimulator},
 * {@link TestPki} and the {@link PortalEnvironment} itself. Faults are cleared after each test.
 * Register it with {@code @ExtendWith(PortalExtension.class)} on the test class, or in a static
 * field:
 *
 * <!-- sample: PortalExtensionExampleTest#extension -->
 * <pre>{@code
 * class PortalExtensionExampleTest {
 *
 *     @RegisterExtension
 *     static final PortalExtension PORTAL = new PortalExtension();
 *
 *     @Test
 *     void jonasSignsTheContract(SavitarnaClient client, SmartIdProvider smartId) {
 *         try (Session session = client.login(DemoData.JONAS_EMAIL, DemoData.JONAS_PASSWORD.toCharArray())) {
 *             SignedDocument signed = session.workspace(DemoData.MAIN_COMPANY_ID, DemoData.MAIN_PARTY_ID).documents()
 *                     .sign(DemoData.CONTRACT_AWAITING_SIGNATURE_ID, smartId,
 *                             SignerIdentity.of(PersonalCode.parse(DemoData.JONAS_PERSONAL_CODE)), SigningListener.none());
 *             assertEquals(DocumentState.SIGNED, signed.document().state());
 *         }
 *     }
 * }
 * }</pre>
 */
public final class PortalExtension implements BeforeAllCallback, AfterAllCallback, AfterEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PortalExtension.class);
    private static final String CLIENTS = "clients";

    private static final Map<Class<?>, Function<PortalEnvironment, Object>> SHARED = Map.of(
            PortalEnvironment.class, env -> env,
            SandboxServer.class, PortalEnvironment::sandbox,
            SmartIdSimulator.class, PortalEnvironment::smartIdSimulator,
            MobileIdSimulator.class, PortalEnvironment::mobileIdSimulator,
            TestPki.class, PortalEnvironment::pki,
            SmartIdProvider.class, PortalEnvironment::smartId,
            MobileIdProvider.class, PortalEnvironment::mobileId);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NAMESPACE).put(PortalEnvironment.class, PortalEnvironment.start());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        PortalEnvironment env = context.getStore(NAMESPACE).remove(PortalEnvironment.class, PortalEnvironment.class);
        if (env != null) {
            env.close();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        @SuppressWarnings("unchecked")
        List<SavitarnaClient> clients = context.getStore(NAMESPACE).remove(CLIENTS, List.class);
        if (clients != null) {
            clients.forEach(SavitarnaClient::close);
        }
        environment(context).sandbox().faults().clear();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == SavitarnaClient.class || SHARED.containsKey(type);
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        PortalEnvironment env = environment(context);
        if (type == SavitarnaClient.class) {
            SavitarnaClient client = env.client();
            @SuppressWarnings("unchecked")
            List<SavitarnaClient> clients = context.getStore(NAMESPACE)
                    .getOrComputeIfAbsent(CLIENTS, key -> new ArrayList<SavitarnaClient>(), List.class);
            clients.add(client);
            return client;
        }
        return SHARED.get(type).apply(env);
    }

    private static PortalEnvironment environment(ExtensionContext context) {
        PortalEnvironment env = context.getStore(NAMESPACE).get(PortalEnvironment.class, PortalEnvironment.class);
        if (env == null) {
            throw new IllegalStateException("PortalExtension must be registered on the test class");
        }
        return env;
    }
}
