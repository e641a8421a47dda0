package lt.savitarna.sdk.internal.account;

/** The account policies of the wire contract that the client checks before sending. */
public final class AccountPolicies {

    /** First and last name: at most this many characters after trimming. */
    public static final int NAME_MAX = 100;
    /** Email: at most this many characters. */
    public static final int EMAIL_MAX = 254;
    /** Password: at least this many characters. */
    public static final int PASSWORD_MIN = 10;
    /** Password: at most this many characters. */
    public static final int PASSWORD_MAX = 128;

    private AccountPolicies() {
    }

    /** The length limit of a field, for messages; 0 when the field has none. */
    public static int maxLength(String field) {
        switch (field) {
            case "firstName":
            case "lastName":
                return NAME_MAX;
            case "email":
                return EMAIL_MAX;
            case "password":
                return PASSWORD_MAX;
            default:
                return 0;
        }
    }
}
