package lt.savitarna.sdk.it.chaos;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import lt.savitarna.sdk.signature.SignerIdentity;
import lt.savitarna.sdk.signature.identity.PersonalCode;
import lt.savitarna.sdk.signing.LocalKeyProvider;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The signer of the chaos run: a person's own key in this process, with a self-signed signing
 * certificate that names the person ({@code PNOLT-<personal code>}), which the sandbox's default
 * trust accepts. A local key answers at once and starts no thread and no connection, so the
 * signatures add only the portal's requests (the ones the faults aim at) and leave the leak
 * check as it was.
 */
record ChaosSigner(LocalKeyProvider provider, SignerIdentity identity) {

    private static final char[] ENTRY_PASSWORD = "chaos".toCharArray();

    static ChaosSigner forPerson(String givenName, String surname, String personalCode) {
        try {
            // EC P-256, as Mobile-ID signs: made in a millisecond, where an RSA key takes the CPU a while
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair keys = generator.generateKeyPair();
            X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                    .addRDN(BCStyle.C, "LT")
                    .addRDN(BCStyle.SURNAME, surname)
                    .addRDN(BCStyle.GIVENNAME, givenName)
                    .addRDN(BCStyle.SERIALNUMBER, "PNOLT-" + personalCode)
                    .addRDN(BCStyle.CN, surname + "," + givenName + ",PNOLT-" + personalCode)
                    .build();
            Instant now = Instant.now();
            // valid from an hour back: the sandbox and the provider check validity at their own clocks
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
                    BigInteger.valueOf(now.toEpochMilli()), Date.from(now.minus(Duration.ofHours(1))),
                    Date.from(now.plus(Duration.ofDays(1))), subject, keys.getPublic());
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.nonRepudiation));
            X509CertificateHolder holder = builder.build(
                    new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate()));
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(holder);

            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("signer", keys.getPrivate(), ENTRY_PASSWORD, new X509Certificate[] {certificate});
            LocalKeyProvider provider = LocalKeyProvider.builder().keyStore(store, "signer", ENTRY_PASSWORD).build();
            return new ChaosSigner(provider, SignerIdentity.of(PersonalCode.parse(personalCode)));
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("cannot make the chaos signer's key", e);
        }
    }

    @Override
    public String toString() {
        return "ChaosSigner[" + provider + "]"; // the identity names a personal code: never printed
    }
}
