package lt.savitarna.sdk.signature.identity;

/**
 * The sex encoded in the first digit of a Lithuanian personal code (odd: male, even: female).
 *
 * <pre>{@code
 * PersonalCode.parse("33309240064").sex(); // Optional[MALE]
 * }</pre>
 */
public enum Sex {
    /** Odd first digit: 1, 3, 5. */
    MALE,
    /** Even first digit: 2, 4, 6. */
    FEMALE
}
