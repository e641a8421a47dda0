package lt.savitarna.sdk.signing.internal.spi;

import lt.savitarna.sdk.signing.SmartIdConfig;
import lt.savitarna.sdk.signing.SmartIdProvider;

/**
 * The {@code SmartIdProvider} that {@link java.util.ServiceLoader} finds, configured from system
 * properties or environment variables; creating it fails, and discovery leaves it out, when the
 * settings are missing.
 */
public final class EnvironmentSmartIdProvider extends DelegatingProvider {

    /** Creates the provider from the settings. */
    public EnvironmentSmartIdProvider() {
        super(SmartIdProvider.create(SmartIdConfig.fromEnvironment()));
    }
}
