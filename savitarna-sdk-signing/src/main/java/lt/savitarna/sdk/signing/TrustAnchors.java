package lt.savitarna.sdk.signing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Loads the certificates that signer certificates must chain to. The SDK ships the trust anchors
 * of SK's demo environment ({@code TEST of EID-SK 2016}, to which Smart-ID demo users chain, and
 * {@code TEST of ESTEID-SK 2015}); production anchors (SK's published intermediate CAs) are
 * configuration: download them from SK and load them with {@link #fromPem(Path)}.
 *
 * <!-- sample: ConfigureSigningProviders#smart-id-live -->
 * <pre>{@code
 * List<X509Certificate> skIntermediates = TrustAnchors.fromPem(skIntermediatesPem);
 * TlsPin current = TlsPin.parse(CURRENT_PIN); // SK's API certificate now, accepted until the date
 * TlsPin next = TlsPin.parse(NEXT_PIN);       // the one SK announced, so the change breaks nothing
 * SmartIdConfig smartIdLive = SmartIdConfig.live(RELYING_PARTY_UUID, RELYING_PARTY_NAME)
 *         .tlsPins(current, next)
 *         .trustAnchors(skIntermediates) // the live preset trusts nothing by itself
 *         .build();
 * SmartIdProvider smartId = SmartIdProvider.create(smartIdLive);
 * }</pre>
 */
public final class TrustAnchors {

    private static final String DEMO_DIRECTORY = "/lt/savitarna/sdk/signing/trust/demo/";
    private static final List<String> DEMO_FILES = List.of("TEST_of_EID-SK_2016.pem", "TEST_of_ESTEID-SK_2015.pem");

    private TrustAnchors() {
    }

    /** {@return the trust anchors of SK's demo environment, bundled with the SDK} */
    public static List<X509Certificate> demo() {
        List<X509Certificate> all = new ArrayList<>();
        for (String file : DEMO_FILES) {
            try (InputStream in = TrustAnchors.class.getResourceAsStream(DEMO_DIRECTORY + file)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled trust anchor " + file + " is missing");
                }
                all.addAll(fromPem(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled trust anchor " + file, e);
            }
        }
        return List.copyOf(all);
    }

    /**
     * Reads every certificate of a PEM (or DER) file.
     *
     * @param file the file
     * @return its certificates, at least one
     * @throws UncheckedIOException     if the file cannot be read
     * @throws IllegalArgumentException if it holds no readable certificate
     */
    public static List<X509Certificate> fromPem(Path file) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return fromPem(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read trust anchors from " + file, e);
        }
    }

    /**
     * Reads every certificate of a PEM (or DER) stream; the stream is not closed.
     *
     * @param in the stream
     * @return its certificates, at least one
     * @throws IllegalArgumentException if it holds no readable certificate
     */
    public static List<X509Certificate> fromPem(InputStream in) {
        Objects.requireNonNull(in, "in");
        try {
            byte[] bytes = in.readAllBytes();
            List<X509Certificate> out = new ArrayList<>();
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            for (var c : factory.generateCertificates(new ByteArrayInputStream(bytes))) {
                out.add((X509Certificate) c);
            }
            if (out.isEmpty()) {
                throw new IllegalArgumentException("no certificate found");
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read certificates", e);
        } catch (CertificateException e) {
            throw new IllegalArgumentException("not a PEM or DER certificate: " + e.getMessage(), e);
        }
    }
}
