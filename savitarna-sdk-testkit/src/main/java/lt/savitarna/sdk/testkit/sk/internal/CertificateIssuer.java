package lt.savitarna.sdk.testkit.sk.internal;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Optional;
import java.util.Vector;
import lt.savitarna.sdk.signature.identity.InvalidPersonalCodeException;
import lt.savitarna.sdk.signature.identity.PersonalCode;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERGeneralizedTime;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.Attribute;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.asn1.x509.SubjectDirectoryAttributes;
import org.bouncycastle.asn1.x509.qualified.ETSIQCObjectIdentifiers;
import org.bouncycastle.asn1.x509.qualified.QCStatement;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Issues the test PKI's certificates with BouncyCastle's builders. Keys are generated and
 * certificates signed by the JDK's own providers; BouncyCastle only lays out the ASN.1.
 */
final class CertificateIssuer {

    private static final String CA_SIGNATURE_ALGORITHM = "SHA384withECDSA";
    private static final DateTimeFormatter BIRTH_DATE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'120000Z'");

    private final SecureRandom random = new SecureRandom();

    /** A self-signed root CA on EC P-384, as SK's current test roots are. */
    Credential rootCa(String commonName, Instant notBefore, Instant notAfter) {
        KeyPair keys = ecKeys("secp384r1");
        X500Name name = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "LT")
                .addRDN(BCStyle.O, "Savitarna SDK testkit")
                .addRDN(BCStyle.CN, commonName)
                .build();
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serial(),
                    Date.from(notBefore), Date.from(notAfter), name, keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            extensions.createSubjectKeyIdentifier(keys.getPublic()));
            return new Credential(sign(builder, keys.getPrivate()), keys.getPrivate());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot issue the test root CA", e);
        }
    }

    /** A TLS server certificate for the loopback address, by IP and by name. */
    Credential server(Credential ca, Instant notBefore, Instant notAfter) {
        KeyPair keys = ecKeys("secp256r1");
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "LT")
                .addRDN(BCStyle.O, "Savitarna SDK testkit")
                .addRDN(BCStyle.CN, "localhost")
                .build();
        GeneralNames names = new GeneralNames(new GeneralName[] {
                new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
                new GeneralName(GeneralName.iPAddress, "::1"),
                new GeneralName(GeneralName.dNSName, "localhost"),
        });
        try {
            X509v3CertificateBuilder builder = issuedBy(ca, subject, keys.getPublic(), notBefore, notAfter)
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                    .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
                    .addExtension(Extension.subjectAlternativeName, false, names);
            return new Credential(sign(builder, ca.privateKey()), keys.getPrivate());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot issue the test server certificate", e);
        }
    }

    /**
     * A person's authentication or signing certificate, laid out as SK's Smart-ID and Mobile-ID
     * certificates are: subject {@code C, CN=SURNAME,GIVENNAME,PNOLT-code, SURNAME, GIVENNAME,
     * serialNumber=PNOLT-code}, the profile's policies, qualified statements on qualified signing
     * certificates, and the date of birth as a subject directory attribute when the code carries one.
     */
    Credential person(Credential ca, PersonSpec person, KeyPurpose purpose, Instant notBefore) {
        CertificateProfile profile = person.profile();
        KeyPair keys = profile.keyType() == CertificateProfile.KeyType.RSA_2048 ? rsaKeys() : ecKeys("secp256r1");
        Instant notAfter = notBefore.atOffset(ZoneOffset.UTC).plus(profile.validity()).toInstant();
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, person.country())
                .addRDN(BCStyle.CN, person.surname() + "," + person.givenName() + "," + person.serialNumber())
                .addRDN(BCStyle.SURNAME, person.surname())
                .addRDN(BCStyle.GIVENNAME, person.givenName())
                .addRDN(BCStyle.SERIALNUMBER, person.serialNumber())
                .build();
        try {
            X509v3CertificateBuilder builder = issuedBy(ca, subject, keys.getPublic(), notBefore, notAfter)
                    .addExtension(Extension.basicConstraints, false, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(purpose == KeyPurpose.AUTHENTICATION
                            ? KeyUsage.digitalSignature : KeyUsage.nonRepudiation))
                    .addExtension(Extension.certificatePolicies, false, policies(profile.policies(purpose)));
            if (purpose == KeyPurpose.AUTHENTICATION) {
                builder.addExtension(Extension.extendedKeyUsage, false, authenticationKeyUsages(profile));
            } else if (profile.qualified()) {
                builder.addExtension(Extension.qCStatements, false, qualifiedSignatureStatements());
            }
            Optional<LocalDate> birthDate = birthDate(person);
            if (birthDate.isPresent()) {
                builder.addExtension(Extension.subjectDirectoryAttributes, false, dateOfBirth(birthDate.get()));
            }
            return new Credential(sign(builder, ca.privateKey()), keys.getPrivate());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot issue a test certificate for " + person, e);
        }
    }

    private X509v3CertificateBuilder issuedBy(Credential ca, X500Name subject, PublicKey key, Instant notBefore,
                                              Instant notAfter) throws GeneralSecurityException, IOException {
        JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
        return new JcaX509v3CertificateBuilder(ca.certificate(), serial(), Date.from(notBefore),
                Date.from(notAfter), subject, key)
                .addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(key))
                .addExtension(Extension.authorityKeyIdentifier, false,
                        extensions.createAuthorityKeyIdentifier(ca.certificate()));
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, java.security.PrivateKey caKey)
            throws GeneralSecurityException {
        try {
            return new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder(CA_SIGNATURE_ALGORITHM).build(caKey)));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }

    private static CertificatePolicies policies(String[] oids) {
        PolicyInformation[] policies = new PolicyInformation[oids.length];
        for (int i = 0; i < oids.length; i++) {
            policies[i] = new PolicyInformation(new ASN1ObjectIdentifier(oids[i]));
        }
        return new CertificatePolicies(policies);
    }

    private static ExtendedKeyUsage authenticationKeyUsages(CertificateProfile profile) {
        if (profile == CertificateProfile.MOBILE_ID) {
            return new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth);
        }
        return new ExtendedKeyUsage(new KeyPurposeId[] {
                KeyPurposeId.id_kp_clientAuth,
                KeyPurposeId.getInstance(new ASN1ObjectIdentifier(CertificateProfile.SMART_ID_AUTHENTICATION_EKU)),
        });
    }

    /** QcCompliance, QcSSCD and QcType esign: a qualified certificate for signatures on a QSCD. */
    private static DERSequence qualifiedSignatureStatements() {
        return new DERSequence(new ASN1Encodable[] {
                new QCStatement(ETSIQCObjectIdentifiers.id_etsi_qcs_QcCompliance),
                new QCStatement(ETSIQCObjectIdentifiers.id_etsi_qcs_QcSSCD),
                new QCStatement(ETSIQCObjectIdentifiers.id_etsi_qcs_QcType,
                        new DERSequence(ETSIQCObjectIdentifiers.id_etsi_qct_esign)),
        });
    }

    private static SubjectDirectoryAttributes dateOfBirth(LocalDate birthDate) {
        // Noon UTC, as SK writes it, so that no time zone moves the date.
        Vector<Attribute> attributes = new Vector<>();
        attributes.add(new Attribute(BCStyle.DATE_OF_BIRTH,
                new DERSet(new DERGeneralizedTime(BIRTH_DATE_TIME.format(birthDate)))));
        return new SubjectDirectoryAttributes(attributes);
    }

    private static Optional<LocalDate> birthDate(PersonSpec person) {
        // Estonian and Lithuanian codes share the layout; a code that fails its check digit
        // simply gets no attribute.
        if (!"LT".equals(person.country()) && !"EE".equals(person.country())) {
            return Optional.empty();
        }
        try {
            return PersonalCode.parse(person.personalCode()).birthDate();
        } catch (InvalidPersonalCodeException e) {
            return Optional.empty();
        }
    }

    private BigInteger serial() {
        return new BigInteger(63, random).add(BigInteger.ONE);
    }

    private KeyPair rsaKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, random);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA key generation is unavailable", e);
        }
    }

    private KeyPair ecKeys(String curve) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec(curve), random);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("EC key generation on " + curve + " is unavailable", e);
        }
    }
}
