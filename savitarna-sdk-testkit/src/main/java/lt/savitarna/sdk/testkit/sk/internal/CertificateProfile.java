package lt.savitarna.sdk.testkit.sk.internal;

import java.time.Period;

/**
 * The kinds of certificate SK issues to the people the simulators play, with the facts that
 * differ between them: key type, validity and certificate policies.
 */
public enum CertificateProfile {
    /** A qualified Smart-ID account: RSA 2048, three years. */
    SMART_ID_QUALIFIED(KeyType.RSA_2048, Period.ofYears(3), "QUALIFIED"),
    /** A non-qualified ("advanced") Smart-ID account: RSA 2048, three years. */
    SMART_ID_ADVANCED(KeyType.RSA_2048, Period.ofYears(3), "ADVANCED"),
    /** A Mobile-ID SIM: EC P-256 (as Lithuanian Mobile-ID cards are), two years. */
    MOBILE_ID(KeyType.EC_P256, Period.ofYears(2), "QUALIFIED");

    /** SK's policy for qualified Smart-ID certificates. */
    static final String SK_SMART_ID_QUALIFIED = "1.3.6.1.4.1.10015.17.2";
    /** SK's policy for non-qualified Smart-ID certificates. */
    static final String SK_SMART_ID_NON_QUALIFIED = "1.3.6.1.4.1.10015.17.1";
    /** SK's policy for Mobile-ID certificates. */
    static final String SK_MOBILE_ID = "1.3.6.1.4.1.10015.1.3";
    /** ETSI EN 319 411-1 NCP+ (normalized policy, secure device). */
    static final String ETSI_NCP_PLUS = "0.4.0.2042.1.2";
    /** ETSI EN 319 411-1 NCP (normalized policy). */
    static final String ETSI_NCP = "0.4.0.2042.1.1";
    /** ETSI EN 319 411-2 QCP-n-qscd (qualified, natural person, on a QSCD). */
    static final String ETSI_QCP_N_QSCD = "0.4.0.194112.1.2";
    /** Extended key usage of Smart-ID authentication certificates. */
    static final String SMART_ID_AUTHENTICATION_EKU = "1.3.6.1.4.1.62306.5.7.0";

    private final KeyType keyType;
    private final Period validity;
    private final String level;

    CertificateProfile(KeyType keyType, Period validity, String level) {
        this.keyType = keyType;
        this.validity = validity;
        this.level = level;
    }

    KeyType keyType() {
        return keyType;
    }

    Period validity() {
        return validity;
    }

    /** {@return the Smart-ID certificate level, {@code QUALIFIED} or {@code ADVANCED}} */
    public String level() {
        return level;
    }

    boolean qualified() {
        return "QUALIFIED".equals(level);
    }

    /** The certificate policy identifiers, SK's first, as SK's certificates carry them. */
    String[] policies(KeyPurpose purpose) {
        return switch (this) {
            case SMART_ID_QUALIFIED -> purpose == KeyPurpose.AUTHENTICATION
                    ? new String[] {SK_SMART_ID_QUALIFIED, ETSI_NCP_PLUS}
                    : new String[] {SK_SMART_ID_QUALIFIED, ETSI_QCP_N_QSCD};
            case SMART_ID_ADVANCED -> new String[] {SK_SMART_ID_NON_QUALIFIED, ETSI_NCP};
            case MOBILE_ID -> purpose == KeyPurpose.AUTHENTICATION
                    ? new String[] {SK_MOBILE_ID, ETSI_NCP_PLUS}
                    : new String[] {SK_MOBILE_ID, ETSI_QCP_N_QSCD};
        };
    }

    enum KeyType { RSA_2048, EC_P256 }
}
