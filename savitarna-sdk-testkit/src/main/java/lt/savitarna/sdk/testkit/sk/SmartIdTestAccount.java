package lt.savitarna.sdk.testkit.sk;

import java.util.Optional;

/**
 * The Smart-ID accounts the simulator knows: SK's published Lithuanian demo accounts for
 * notification flows, each of which always ends the same way. The semantics identifier
 * ({@code PNOLT-30303039914}) is what a relying party asks by; the document number
 * ({@code PNOLT-30303039914-MOCK-Q}) is what the session returns and what signing by document
 * number uses.
 *
 * <!-- sample: SimulatorsExampleTest#refusing-account -->
 * <pre>{@code
 * SignerIdentity refusing = SignerIdentity.of(PersonalCode.parse(SmartIdTestAccount.USER_REFUSED.personalCode()));
 * assertThrows(SignatureRefusedException.class, () -> smartId.authenticate(
 *         AuthenticationRequest.builder(refusing, challenge).build(), SigningListener.none()));
 * }</pre>
 */
public enum SmartIdTestAccount {
    /** Answers {@code OK}; a qualified account. */
    OK("30303039914", "Q", "OK", "TESTNUMBER", "OK"),
    /**
     * Answers {@code OK}: SK's Lithuanian Mobile-ID demo person ({@code 50001018865}, see
     * {@link MobileIdTestUser#OK}) with a qualified Smart-ID account too. SK's demo services have
     * no person in both; the simulators do, so one person can confirm identity with Smart-ID and
     * then sign with Mobile-ID, as many people in Lithuania can.
     */
    OK_ALSO_MOBILE_ID("50001018865", "Q", "OK", "O’CONNEŽ-ŠUSLIK TESTNUMBER", "MARY ÄNN"),
    /** Refuses: end result {@code USER_REFUSED}. */
    USER_REFUSED("30403039917", "Q", "USER_REFUSED", "TESTNUMBER", "REFUSED"),
    /** Picks the wrong verification code: end result {@code WRONG_VC}. */
    WRONG_VC("30403039972", "Q", "WRONG_VC", "TESTNUMBER", "WRONG VC"),
    /** Never answers: end result {@code TIMEOUT}. */
    TIMEOUT("30403039983", "Q", "TIMEOUT", "TESTNUMBER", "TIMEOUT"),
    /**
     * Answers {@code OK}, but holds only a non-qualified ({@code ADVANCED}) account: asking for
     * {@code QUALIFIED} (the default level) gets HTTP 471.
     */
    NOT_QUALIFIED("40504049999", "NQ", "OK", "TESTNUMBER", "ADVANCED"),
    /** Cancels on the PIN screen: {@code USER_REFUSED_DISPLAYTEXTANDPIN}. */
    USER_REFUSED_DISPLAYTEXTANDPIN("30403039928", "Q", "USER_REFUSED_DISPLAYTEXTANDPIN", "TESTNUMBER",
            "REFUSED PIN"),
    /** Cancels the verification-code choice: {@code USER_REFUSED_VC_CHOICE}. */
    USER_REFUSED_VC_CHOICE("30403039939", "Q", "USER_REFUSED_VC_CHOICE", "TESTNUMBER", "REFUSED VC"),
    /** Cancels the confirmation message: {@code USER_REFUSED_CONFIRMATIONMESSAGE}. */
    USER_REFUSED_CONFIRMATIONMESSAGE("30403039946", "Q", "USER_REFUSED_CONFIRMATIONMESSAGE", "TESTNUMBER",
            "REFUSED MESSAGE"),
    /** Cancels the confirmation message with code choice: {@code USER_REFUSED_CONFIRMATIONMESSAGE_WITH_VC_CHOICE}. */
    USER_REFUSED_CONFIRMATIONMESSAGE_WITH_VC_CHOICE("30403039950", "Q",
            "USER_REFUSED_CONFIRMATIONMESSAGE_WITH_VC_CHOICE", "TESTNUMBER", "REFUSED MESSAGE VC");

    /** The country of every account here. */
    public static final String COUNTRY = "LT";

    private final String personalCode;
    private final String levelSuffix;
    private final String endResult;
    private final String surname;
    private final String givenName;

    SmartIdTestAccount(String personalCode, String levelSuffix, String endResult, String surname, String givenName) {
        this.personalCode = personalCode;
        this.levelSuffix = levelSuffix;
        this.endResult = endResult;
        this.surname = surname;
        this.givenName = givenName;
    }

    /** {@return the personal code, e.g. {@code 30303039914}} */
    public String personalCode() {
        return personalCode;
    }

    /** {@return the ETSI semantics identifier, e.g. {@code PNOLT-30303039914}} */
    public String semanticsIdentifier() {
        return "PNO" + COUNTRY + "-" + personalCode;
    }

    /** {@return the document number, e.g. {@code PNOLT-30303039914-MOCK-Q}} */
    public String documentNumber() {
        return semanticsIdentifier() + "-MOCK-" + levelSuffix;
    }

    /** {@return {@code QUALIFIED} or {@code ADVANCED}} */
    public String certificateLevel() {
        return "Q".equals(levelSuffix) ? "QUALIFIED" : "ADVANCED";
    }

    /** {@return the end result every session of this account has} */
    public String endResult() {
        return endResult;
    }

    /** {@return the surname in the certificates} */
    public String surname() {
        return surname;
    }

    /** {@return the given name in the certificates} */
    public String givenName() {
        return givenName;
    }

    /** The account with this semantics identifier ({@code PNOLT-...}), if the simulator knows it. */
    public static Optional<SmartIdTestAccount> bySemanticsIdentifier(String semanticsIdentifier) {
        for (SmartIdTestAccount account : values()) {
            if (account.semanticsIdentifier().equals(semanticsIdentifier)) {
                return Optional.of(account);
            }
        }
        return Optional.empty();
    }

    /** The account with this document number ({@code PNOLT-...-MOCK-Q}), if the simulator knows it. */
    public static Optional<SmartIdTestAccount> byDocumentNumber(String documentNumber) {
        for (SmartIdTestAccount account : values()) {
            if (account.documentNumber().equals(documentNumber)) {
                return Optional.of(account);
            }
        }
        return Optional.empty();
    }
}
