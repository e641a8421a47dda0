package lt.savitarna.sdk.signature;

import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A set of {@link SignatureProvider}s by name: passed explicitly, found with
 * {@link ServiceLoader}, or both. Immutable.
 *
 * <p>Discovery instantiates every provider on the class or module path. A provider that cannot
 * be created (typically: its configuration is missing) is left out rather than failing the
 * others; {@link #unavailable()} says which and why. Explicit providers win over discovered ones
 * of the same name.
 *
 * <!-- sample: ConfigureSigningProviders#providers -->
 * <pre>{@code
 * // The explicit ones, and those configured by savitarna.* settings, if any
 * SignatureProviders providers = SignatureProviders.of(smartId, mobileId, seal);
 * SignatureProviders configured = SignatureProviders.discover();
 * out.println("Providers: " + providers.names() + "; configured by settings: " + configured.names());
 * SignatureProvider chosen = providers.get("smart-id"); // the method the person picked
 * }</pre>
 */
public final class SignatureProviders {

    private static final Logger LOG = LoggerFactory.getLogger(SignatureProviders.class);

    private final Map<String, SignatureProvider> byName;
    private final Map<String, String> unavailable;

    private SignatureProviders(Map<String, SignatureProvider> byName, Map<String, String> unavailable) {
        this.byName = Collections.unmodifiableMap(new LinkedHashMap<>(byName));
        this.unavailable = Collections.unmodifiableMap(new LinkedHashMap<>(unavailable));
    }

    /**
     * The given providers.
     *
     * @param providers providers with distinct names
     * @return the set
     * @throws IllegalArgumentException if two have the same name
     */
    public static SignatureProviders of(SignatureProvider... providers) {
        return of(List.of(providers));
    }

    /**
     * The given providers.
     *
     * @param providers providers with distinct names
     * @return the set
     * @throws IllegalArgumentException if two have the same name
     */
    public static SignatureProviders of(Collection<? extends SignatureProvider> providers) {
        Map<String, SignatureProvider> byName = new LinkedHashMap<>();
        for (SignatureProvider p : providers) {
            String name = Objects.requireNonNull(Objects.requireNonNull(p, "provider").name(), "name");
            if (byName.putIfAbsent(name, p) != null) {
                throw new IllegalArgumentException("two signature providers are named " + name);
            }
        }
        return new SignatureProviders(byName, Map.of());
    }

    /** {@return the providers {@link ServiceLoader} finds through the thread's context class loader} */
    public static SignatureProviders discover() {
        return discover(ServiceLoader.load(SignatureProvider.class));
    }

    /**
     * The providers {@link ServiceLoader} finds through a class loader.
     *
     * @param loader where to look
     * @return the set
     */
    public static SignatureProviders discover(ClassLoader loader) {
        return discover(ServiceLoader.load(SignatureProvider.class, loader));
    }

    private static SignatureProviders discover(ServiceLoader<SignatureProvider> loader) {
        Map<String, SignatureProvider> byName = new LinkedHashMap<>();
        Map<String, String> unavailable = new LinkedHashMap<>();
        Iterator<ServiceLoader.Provider<SignatureProvider>> it = loader.stream().iterator();
        while (true) {
            ServiceLoader.Provider<SignatureProvider> candidate;
            try {
                if (!it.hasNext()) {
                    break;
                }
                candidate = it.next();
            } catch (ServiceConfigurationError e) {
                unavailable.put("?" + unavailable.size(), String.valueOf(e.getMessage()));
                LOG.debug("a signature provider could not be located", e);
                continue;
            }
            try {
                SignatureProvider provider = candidate.get();
                if (byName.putIfAbsent(provider.name(), provider) != null) {
                    LOG.debug("signature provider {} ({}) ignored: an earlier one has the same name", provider.name(),
                            candidate.type().getName());
                }
            } catch (ServiceConfigurationError | RuntimeException e) {
                Throwable reason = e.getCause() != null ? e.getCause() : e;
                unavailable.put(candidate.type().getName(), String.valueOf(reason.getMessage()));
                LOG.debug("signature provider {} is not available: {}", candidate.type().getName(),
                        reason.getMessage());
            }
        }
        return new SignatureProviders(byName, unavailable);
    }

    /**
     * This set plus a provider, which replaces one of the same name.
     *
     * @param provider the provider to add
     * @return a new set
     */
    public SignatureProviders with(SignatureProvider provider) {
        Objects.requireNonNull(provider, "provider");
        Map<String, SignatureProvider> copy = new LinkedHashMap<>(byName);
        copy.put(Objects.requireNonNull(provider.name(), "name"), provider);
        return new SignatureProviders(copy, unavailable);
    }

    /**
     * The provider of a name, if present.
     *
     * @param name e.g. {@code smart-id}
     * @return the provider
     */
    public Optional<SignatureProvider> find(String name) {
        return Optional.ofNullable(byName.get(Objects.requireNonNull(name, "name")));
    }

    /**
     * The provider of a name.
     *
     * @param name e.g. {@code smart-id}
     * @return the provider
     * @throws IllegalArgumentException if there is none; the message lists what there is and
     *                                  which providers could not be created
     */
    public SignatureProvider get(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("no signature provider named " + name
                + "; available: " + byName.keySet()
                + (unavailable.isEmpty() ? "" : "; not available: " + unavailable)));
    }

    /** {@return the names of the providers, in the order they were added or found} */
    public Set<String> names() {
        return byName.keySet();
    }

    /** {@return the providers, in the order they were added or found} */
    public Collection<SignatureProvider> all() {
        return byName.values();
    }

    /** {@return discovered providers that could not be created: class name to reason} */
    public Map<String, String> unavailable() {
        return unavailable;
    }

    @Override
    public String toString() {
        return "SignatureProviders" + byName.keySet();
    }
}
