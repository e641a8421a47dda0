package lt.savitarna.sdk.signing.internal.spi;

import java.util.concurrent.CompletableFuture;
import lt.savitarna.sdk.signature.Authentication;
import lt.savitarna.sdk.signature.AuthenticationRequest;
import lt.savitarna.sdk.signature.CertificateRequest;
import lt.savitarna.sdk.signature.SignatureProvider;
import lt.savitarna.sdk.signature.SignatureRequest;
import lt.savitarna.sdk.signature.SignatureValue;
import lt.savitarna.sdk.signature.SigningCertificate;
import lt.savitarna.sdk.signature.SigningListener;

/**
 * A provider that {@link java.util.ServiceLoader} can create with a public no-argument
 * constructor (on the class path as well as the module path), configured from system properties
 * or the environment, and that passes every call to the real provider.
 */
abstract class DelegatingProvider implements SignatureProvider {

    private final SignatureProvider delegate;

    DelegatingProvider(SignatureProvider delegate) {
        this.delegate = delegate;
    }

    @Override
    public String name() {
        return delegate.name();
    }

    @Override
    public Authentication authenticate(AuthenticationRequest request, SigningListener listener) {
        return delegate.authenticate(request, listener);
    }

    @Override
    public SigningCertificate signingCertificate(CertificateRequest request, SigningListener listener) {
        return delegate.signingCertificate(request, listener);
    }

    @Override
    public SignatureValue sign(SignatureRequest request, SigningListener listener) {
        return delegate.sign(request, listener);
    }

    @Override
    public CompletableFuture<Authentication> authenticateAsync(AuthenticationRequest request,
                                                               SigningListener listener) {
        return delegate.authenticateAsync(request, listener);
    }

    @Override
    public CompletableFuture<SigningCertificate> signingCertificateAsync(CertificateRequest request,
                                                                        SigningListener listener) {
        return delegate.signingCertificateAsync(request, listener);
    }

    @Override
    public CompletableFuture<SignatureValue> signAsync(SignatureRequest request, SigningListener listener) {
        return delegate.signAsync(request, listener);
    }

    @Override
    public String toString() {
        return delegate.toString();
    }
}
