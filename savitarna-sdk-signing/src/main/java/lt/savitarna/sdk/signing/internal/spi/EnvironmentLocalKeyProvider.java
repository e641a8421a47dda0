package lt.savitarna.sdk.signing.internal.spi;

import lt.savitarna.sdk.signing.LocalKeyProvider;

/**
 * The {@code LocalKeyProvider} that {@link java.util.ServiceLoader} finds, configured from system
 * properties or environment variables; creating it fails, and discovery leaves it out, when the
 * settings are missing.
 */
public final class EnvironmentLocalKeyProvider extends DelegatingProvider {

    /** Creates the provider from the settings. */
    public EnvironmentLocalKeyProvider() {
        super(LocalKeyProvider.fromEnvironment());
    }
}
