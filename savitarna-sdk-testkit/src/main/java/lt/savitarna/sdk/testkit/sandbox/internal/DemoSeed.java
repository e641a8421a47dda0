package lt.savitarna.sdk.testkit.sandbox.internal;

import static lt.savitarna.sdk.testkit.sandbox.DemoData.*;

/** Puts the group companies and (optionally) the demo people of {@code DemoData} into a store. */
public final class DemoSeed {

    private DemoSeed() {
    }

    /** The group companies: the portal's own data, present in every sandbox. */
    public static void companies(SandboxState state) {
        state.addCompany(new GroupCompany(AGROKONCERNAS_ID, AGROKONCERNAS_NAME, AGROKONCERNAS_CODE));
        state.addCompany(new GroupCompany(GRUDAI_ID, GRUDAI_NAME, GRUDAI_CODE));
    }

    /** Jonas (confirmed, five workspaces) and Ona (Žemyna member, not confirmed). */
    public static void accounts(SandboxState state) {
        state.register(new NewAccount(JONAS_ACCOUNT_ID, JONAS_FIRST_NAME, JONAS_LAST_NAME, JONAS_EMAIL,
                JONAS_PASSWORD, false, false));
        state.registerPerson(JONAS_PERSONAL_CODE, JONAS_PARTY_ID, JONAS_FIRST_NAME + " " + JONAS_LAST_NAME);
        state.grantRepresentation(JONAS_PERSONAL_CODE, AGROKONCERNAS_ID, JAVU_LAUKAS_NAME, JAVU_LAUKAS_CODE,
                JAVU_LAUKAS_PARTY_ID);
        state.grantRepresentation(JONAS_PERSONAL_CODE, AGROKONCERNAS_ID, ZALIOJI_DIRVA_NAME, ZALIOJI_DIRVA_CODE,
                ZALIOJI_DIRVA_PARTY_ID);
        state.grantRepresentation(JONAS_PERSONAL_CODE, GRUDAI_ID, JAVU_LAUKAS_NAME, JAVU_LAUKAS_CODE,
                JAVU_LAUKAS_PARTY_ID);
        state.confirmIdentity(JONAS_ACCOUNT_ID, JONAS_PERSONAL_CODE, JONAS_IDENTITY_METHOD, JONAS_GIVEN_NAME,
                JONAS_SURNAME);

        state.register(new NewAccount(ONA_ACCOUNT_ID, ONA_FIRST_NAME, ONA_LAST_NAME, ONA_EMAIL, ONA_PASSWORD,
                false, true));
    }
}
