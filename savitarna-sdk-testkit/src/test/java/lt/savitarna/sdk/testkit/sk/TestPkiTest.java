package lt.savitarna.sdk.testkit.sk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.Attribute;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.asn1.x509.SubjectDirectoryAttributes;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestPkiTest {

    private static final TestPki PKI = Shared.PKI;

    @Test
    void rootIsASelfSignedCaThatThePemTextAndFileCarry(@TempDir Path dir) throws Exception {
        X509Certificate ca = PKI.caCertificate();
        ca.verify(ca.getPublicKey());
        assertEquals(0, ca.getBasicConstraints());
        assertTrue(ca.getKeyUsage()[5], "keyCertSign");

        assertEquals(ca, parse(PKI.caCertificatePem()));
        Path written = PKI.writeCaCertificatePem(dir.resolve("nested/ca.pem"));
        String text = Files.readString(written, StandardCharsets.US_ASCII);
        assertTrue(text.startsWith("-----BEGIN CERTIFICATE-----\n"));
        assertTrue(text.lines().allMatch(line -> line.length() <= 64));
        assertEquals(ca, parse(text));
        assertTrue(PKI.trustStore().isCertificateEntry("trusted"));
        assertEquals(ca, PKI.trustStore().getCertificate("trusted"));
    }

    @Test
    void smartIdAuthenticationCertificateIsLaidOutAsSkLaysItOut() throws Exception {
        X509Certificate certificate = PKI.authenticationCertificate(SmartIdTestAccount.OK);

        Map<String, String> subject = subject(certificate);
        assertEquals("PNOLT-30303039914", subject.get("SERIALNUMBER"));
        assertEquals("OK", subject.get("GIVENNAME"));
        assertEquals("TESTNUMBER", subject.get("SURNAME"));
        assertEquals("LT", subject.get("C"));
        assertEquals("TESTNUMBER,OK,PNOLT-30303039914", subject.get("CN"));
        assertEquals(2048, ((RSAPublicKey) certificate.getPublicKey()).getModulus().bitLength());
        assertTrue(certificate.getKeyUsage()[0], "digitalSignature");
        assertFalse(certificate.getKeyUsage()[1], "nonRepudiation");
        assertTrue(certificate.getExtendedKeyUsage().contains("1.3.6.1.5.5.7.3.2"));
        assertEquals(Set.of("1.3.6.1.4.1.10015.17.2", "0.4.0.2042.1.2"), policies(certificate));
        assertNull(certificate.getExtensionValue(Extension.qCStatements.getId()));
        assertEquals(Instant.parse("1903-03-03T12:00:00Z"), dateOfBirth(certificate));
        assertValidity(certificate, 3);
        assertChainsToCa(certificate);
    }

    @Test
    void smartIdSigningCertificatesCarryTheLevelsPolicies() throws Exception {
        X509Certificate qualified = PKI.signingCertificate(SmartIdTestAccount.OK);
        assertTrue(qualified.getKeyUsage()[1], "nonRepudiation");
        assertFalse(qualified.getKeyUsage()[0], "digitalSignature");
        assertEquals(Set.of("1.3.6.1.4.1.10015.17.2", "0.4.0.194112.1.2"), policies(qualified));
        assertNotNull(qualified.getExtensionValue(Extension.qCStatements.getId()), "qualified statements");
        assertChainsToCa(qualified);

        X509Certificate advanced = PKI.signingCertificate(SmartIdTestAccount.NOT_QUALIFIED);
        assertEquals(Set.of("1.3.6.1.4.1.10015.17.1", "0.4.0.2042.1.1"), policies(advanced));
        assertNull(advanced.getExtensionValue(Extension.qCStatements.getId()));
        assertEquals("PNOLT-40504049999", subject(advanced).get("SERIALNUMBER"));
        assertEquals(Set.of("1.3.6.1.4.1.10015.17.1", "0.4.0.2042.1.1"),
                policies(PKI.authenticationCertificate(SmartIdTestAccount.NOT_QUALIFIED)));
    }

    @Test
    void mobileIdCertificatesAreEcAndValidTwoYears() throws Exception {
        X509Certificate authentication = PKI.authenticationCertificate(MobileIdTestUser.OK);
        X509Certificate signing = PKI.signingCertificate(MobileIdTestUser.OK);
        for (X509Certificate certificate : List.of(authentication, signing)) {
            assertEquals(256, ((ECPublicKey) certificate.getPublicKey()).getParams().getOrder().bitLength());
            assertEquals("PNOLT-50001018865", subject(certificate).get("SERIALNUMBER"));
            assertEquals("MARY ÄNN", subject(certificate).get("GIVENNAME"));
            assertValidity(certificate, 2);
            assertChainsToCa(certificate);
        }
        assertTrue(authentication.getKeyUsage()[0]);
        assertTrue(signing.getKeyUsage()[1]);
        assertEquals(Set.of("1.3.6.1.4.1.10015.1.3", "0.4.0.2042.1.2"), policies(authentication));
        assertEquals(Set.of("1.3.6.1.4.1.10015.1.3", "0.4.0.194112.1.2"), policies(signing));
        assertEquals("PNOEE-60001019906", subject(PKI.signingCertificate(MobileIdTestUser.OK_ESTONIA)).get("SERIALNUMBER"));
        assertThrows(IllegalArgumentException.class, () -> PKI.signingCertificate(MobileIdTestUser.NOT_MID_CLIENT));
    }

    @Test
    void certificatesAreMadeOncePerPersonAndPurpose() {
        assertSame(PKI.signingCertificate(SmartIdTestAccount.OK), PKI.signingCertificate(SmartIdTestAccount.OK));
        assertFalse(Arrays.equals(PKI.signingCertificate(SmartIdTestAccount.OK).getPublicKey().getEncoded(),
                PKI.authenticationCertificate(SmartIdTestAccount.OK).getPublicKey().getEncoded()));
    }

    @Test
    void serverCertificateNamesTheLoopbackByAddressAndName() throws Exception {
        X509Certificate server = PKI.serverCertificate();
        Collection<List<?>> names = server.getSubjectAlternativeNames();
        assertTrue(names.contains(List.of(7, "127.0.0.1")), names.toString());
        assertTrue(names.contains(List.of(2, "localhost")), names.toString());
        assertTrue(server.getExtendedKeyUsage().contains("1.3.6.1.5.5.7.3.1"));
        assertEquals(server, parse(PKI.serverCertificatePem()));
        assertChainsToCa(server);
    }

    @Test
    void peopleCanBeExpiredWhileTheCaAndServerStayValid() throws Exception {
        Instant fourYearsAgo = Instant.now().minus(Duration.ofDays(4 * 366));
        TestPki old = TestPki.builder().validFrom(fourYearsAgo).build();

        X509Certificate person = old.signingCertificate(MobileIdTestUser.OK);
        assertThrows(CertificateExpiredException.class, person::checkValidity);
        assertEquals(fourYearsAgo.getEpochSecond(), person.getNotBefore().toInstant().getEpochSecond());
        old.caCertificate().checkValidity();
        old.serverCertificate().checkValidity();
        assertTrue(old.caCertificate().getNotBefore().before(person.getNotBefore()));
        assertFalse(Arrays.equals(old.caCertificate().getEncoded(), PKI.caCertificate().getEncoded()));
    }

    private static void assertValidity(X509Certificate certificate, int years) {
        Instant from = PKI.validFrom();
        assertEquals(Date.from(from), certificate.getNotBefore());
        assertEquals(Date.from(from.atOffset(ZoneOffset.UTC).plusYears(years).toInstant()), certificate.getNotAfter());
    }

    private static void assertChainsToCa(X509Certificate certificate) throws Exception {
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(PKI.caCertificate(), null)));
        parameters.setRevocationEnabled(false);
        CertPathValidator.getInstance("PKIX").validate(factory.generateCertPath(List.of(certificate)), parameters);
    }

    private static Map<String, String> subject(X509Certificate certificate) throws Exception {
        Map<String, String> parts = new HashMap<>();
        // As SK's clients read it: the JDK's own rendering of the name, parsed as an LDAP name.
        @SuppressWarnings("deprecation")
        String name = certificate.getSubjectDN().getName();
        for (Rdn rdn : new LdapName(name).getRdns()) {
            parts.put(rdn.getType().toUpperCase(java.util.Locale.ROOT), rdn.getValue().toString());
        }
        return parts;
    }

    private static Set<String> policies(X509Certificate certificate) throws Exception {
        CertificatePolicies policies = CertificatePolicies.getInstance(JcaX509ExtensionUtils.parseExtensionValue(
                certificate.getExtensionValue(Extension.certificatePolicies.getId())));
        return Arrays.stream(policies.getPolicyInformation()).map(PolicyInformation::getPolicyIdentifier)
                .map(Object::toString).collect(Collectors.toSet());
    }

    private static Instant dateOfBirth(X509Certificate certificate) throws Exception {
        SubjectDirectoryAttributes attributes = SubjectDirectoryAttributes.getInstance(
                JcaX509ExtensionUtils.parseExtensionValue(
                        certificate.getExtensionValue(Extension.subjectDirectoryAttributes.getId())));
        Attribute attribute = (Attribute) attributes.getAttributes().get(0);
        assertEquals(BCStyle.DATE_OF_BIRTH, attribute.getAttrType());
        return ASN1GeneralizedTime.getInstance(attribute.getAttrValues().getObjectAt(0)).getDate().toInstant();
    }

    private static X509Certificate parse(String pem) throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
    }
}
