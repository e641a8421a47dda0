package lt.savitarna.sdk.signature.identity;

/**
 * The sex encoded in the first digit of a Lithuanian personal code (odd: male, even: female).
 *
 * <!-- sample: IdentityInput#describe-person -->
 * <pre>{@code
 * // toString() masks the code (5*********5); value() is the whole code, for the wire only
 * String born = personalCode.birthDate().map(String::valueOf).orElse("on an unknown date");
 * String sex = personalCode.sex().map(s -> s == Sex.FEMALE ? "woman" : "man").orElse("person");
 * out.println("Personal code " + personalCode + ": a " + sex + " born " + born);
 * }</pre>
 */
public enum Sex {
    /** Odd first digit: 1, 3, 5. */
    MALE,
    /** Even first digit: 2, 4, 6. */
    FEMALE
}
