package lt.savitarna.sdk.testkit.sandbox;

/**
 * The data every sandbox starts with (unless built with {@code demoData(false)}), as constants
 * for tests and examples.
 *
 * <ul>
 *   <li>Two group companies, {@value #AGROKONCERNAS_ID} and {@value #GRUDAI_ID}.</li>
 *   <li>Jonas Jonaitis, whose identity is already confirmed (Smart-ID demo person
 *       {@value #JONAS_PERSONAL_CODE}); he represents himself in both group companies, ŽŪB „Javų
 *       laukas“ in both and UAB „Žalioji dirva“ in {@value #AGROKONCERNAS_ID}:
 *       {@value #JONAS_REPRESENTATION_COUNT} representations.</li>
 *   <li>Ona Petraitienė, a Žemyna club member whose identity is not confirmed yet: her first
 *       login must confirm it.</li>
 * </ul>
 *
 * <pre>{@code
 * login(sandbox.baseUri(), DemoData.JONAS_EMAIL, DemoData.JONAS_PASSWORD);
 * workspace(DemoData.AGROKONCERNAS_ID, DemoData.JAVU_LAUKAS_PARTY_ID);
 * }</pre>
 */
public final class DemoData {

    /** The privacy policy version recorded with every acceptance. */
    public static final String PRIVACY_POLICY_VERSION = "2024-05";
    /** The Žemyna club rules version recorded with every acceptance. */
    public static final String RULES_VERSION = "2024-05";

    public static final String AGROKONCERNAS_ID = "agrokoncernas";
    public static final String AGROKONCERNAS_NAME = "UAB „Agrokoncernas“";
    public static final String AGROKONCERNAS_CODE = "110000011";

    public static final String GRUDAI_ID = "agrokoncerno-grudai";
    public static final String GRUDAI_NAME = "UAB „Agrokoncerno grūdai“";
    public static final String GRUDAI_CODE = "110000022";

    public static final String JONAS_ACCOUNT_ID = "acc_demo_jonas";
    public static final String JONAS_FIRST_NAME = "Jonas";
    public static final String JONAS_LAST_NAME = "Jonaitis";
    public static final String JONAS_EMAIL = "jonas.jonaitis@demo.savitarna.lt";
    public static final String JONAS_PASSWORD = "Demo-slaptazodis-1";
    /** SK's Smart-ID demo person (answers OK in the demo environment and the testkit's simulator). */
    public static final String JONAS_PERSONAL_CODE = "30303039914";
    public static final String JONAS_IDENTITY_METHOD = "SMART_ID";
    public static final String JONAS_GIVEN_NAME = "JONAS";
    public static final String JONAS_SURNAME = "JONAITIS";
    /** Jonas acting for himself ({@code PERSON}), in either group company. */
    public static final String JONAS_PARTY_ID = "p_self_jonas";

    public static final String JAVU_LAUKAS_PARTY_ID = "p_javu_laukas";
    public static final String JAVU_LAUKAS_NAME = "ŽŪB „Javų laukas“";
    public static final String JAVU_LAUKAS_CODE = "302111111";

    public static final String ZALIOJI_DIRVA_PARTY_ID = "p_zalioji_dirva";
    public static final String ZALIOJI_DIRVA_NAME = "UAB „Žalioji dirva“";
    public static final String ZALIOJI_DIRVA_CODE = "302222222";

    /**
     * Jonas's representations, in the order the server lists them: agrokoncernas × (himself,
     * Javų laukas, Žalioji dirva), then agrokoncerno-grudai × (himself, Javų laukas).
     */
    public static final int JONAS_REPRESENTATION_COUNT = 5;

    public static final String ONA_ACCOUNT_ID = "acc_demo_ona";
    public static final String ONA_FIRST_NAME = "Ona";
    public static final String ONA_LAST_NAME = "Petraitienė";
    public static final String ONA_EMAIL = "ona.petraitiene@demo.savitarna.lt";
    public static final String ONA_PASSWORD = "Zemyna-nare-2024";
    /**
     * The personal code to confirm Ona's identity with: SK's Lithuanian Mobile-ID demo person
     * (phone {@value #ONA_PHONE_NUMBER}). Not bound until a confirmation happens.
     */
    public static final String ONA_PERSONAL_CODE = "50001018865";
    public static final String ONA_PHONE_NUMBER = "+37060000666";
    public static final String ONA_GIVEN_NAME = "ONA";
    public static final String ONA_SURNAME = "PETRAITIENĖ";

    private DemoData() {
    }
}
