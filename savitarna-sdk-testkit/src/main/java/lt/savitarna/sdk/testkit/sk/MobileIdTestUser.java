package lt.savitarna.sdk.testkit.sk;

import java.util.List;
import java.util.Optional;

/**
 * The Mobile-ID users the simulator knows: SK's published demo test numbers, each of which
 * always ends the same way. A request must name both the phone number and the national identity
 * number of one of them; any other pair is not a Mobile-ID client ({@code NOT_FOUND} for a
 * certificate, {@code NOT_MID_CLIENT} for a session), as in SK's demo.
 *
 * <!-- sample: SimulatorsExampleTest#cancelling-user -->
 * <pre>{@code
 * MobileIdTestUser cancels = MobileIdTestUser.USER_CANCELLED;
 * SignerIdentity person = SignerIdentity.mobileId(PhoneNumber.parse(cancels.phoneNumber()),
 *         PersonalCode.parse(cancels.nationalIdentityNumber()));
 * assertThrows(SignatureRefusedException.class, () -> mobileId.authenticate(
 *         AuthenticationRequest.builder(person, challenge).build(), SigningListener.none()));
 * }</pre>
 */
public enum MobileIdTestUser {
    /** The Lithuanian demo user: answers {@code OK}. */
    OK("LT", "50001018865", "OK", "MARY ÄNN", "O’CONNEŽ-ŠUSLIK TESTNUMBER", "+37060000666"),
    /** The Estonian demo user: answers {@code OK}. */
    OK_ESTONIA("EE", "60001019906", "OK", "MARY ÄNN", "O’CONNEŽ-ŠUSLIK TESTNUMBER", "+37200000766"),
    /** Has no active certificate: {@code NOT_FOUND} for a certificate, {@code NOT_MID_CLIENT} for a session. */
    NOT_MID_CLIENT("EE", "60001019928", "NOT_MID_CLIENT", "NOT MID CLIENT", "TESTNUMBER", "+37200000366"),
    /** Presses cancel: {@code USER_CANCELLED}. */
    USER_CANCELLED("EE", "60001019950", "USER_CANCELLED", "CANCELLED", "TESTNUMBER", "+37201100266"),
    /** Whose SIM is configured unlike the service: {@code SIGNATURE_HASH_MISMATCH}. */
    SIGNATURE_HASH_MISMATCH("EE", "60001019961", "SIGNATURE_HASH_MISMATCH", "HASH MISMATCH", "TESTNUMBER",
            "+37200000666"),
    /** Whose phone is out of reach: {@code PHONE_ABSENT}. */
    PHONE_ABSENT("EE", "60001019983", "PHONE_ABSENT", "PHONE ABSENT", "TESTNUMBER", "+37213100266"),
    /** Whose SMS cannot be delivered: {@code DELIVERY_ERROR}. */
    DELIVERY_ERROR("EE", "60001019947", "DELIVERY_ERROR", "DELIVERY ERROR", "TESTNUMBER", "+37207110066"),
    /** Whose SIM answers nonsense: {@code SIM_ERROR}. */
    SIM_ERROR("EE", "60001019972", "SIM_ERROR", "SIM ERROR", "TESTNUMBER", "+37201200266"),
    /** Who never enters the PIN: {@code TIMEOUT}. Both forms of the number SK has published are accepted. */
    TIMEOUT("LT", "50001018908", "TIMEOUT", "TIMEOUT", "TESTNUMBER", "+37066000266", "+37266000266");

    private final String country;
    private final String nationalIdentityNumber;
    private final String result;
    private final String givenName;
    private final String surname;
    private final List<String> phoneNumbers;

    MobileIdTestUser(String country, String nationalIdentityNumber, String result, String givenName, String surname,
                     String... phoneNumbers) {
        this.country = country;
        this.nationalIdentityNumber = nationalIdentityNumber;
        this.result = result;
        this.givenName = givenName;
        this.surname = surname;
        this.phoneNumbers = List.of(phoneNumbers);
    }

    /** {@return the phone number in E.164 form, e.g. {@code +37060000666}} */
    public String phoneNumber() {
        return phoneNumbers.get(0);
    }

    /** {@return the national identity number, e.g. {@code 50001018865}} */
    public String nationalIdentityNumber() {
        return nationalIdentityNumber;
    }

    /** {@return the country that issued the identity number: {@code LT} or {@code EE}} */
    public String country() {
        return country;
    }

    /** {@return the result every session of this user ends with} */
    public String result() {
        return result;
    }

    /** {@return whether the user holds Mobile-ID certificates at all} */
    public boolean isMobileIdClient() {
        return this != NOT_MID_CLIENT;
    }

    /** {@return the given name in the certificates} */
    public String givenName() {
        return givenName;
    }

    /** {@return the surname in the certificates} */
    public String surname() {
        return surname;
    }

    /** The user with this phone number and identity number, if the simulator knows the pair. */
    public static Optional<MobileIdTestUser> find(String phoneNumber, String nationalIdentityNumber) {
        for (MobileIdTestUser user : values()) {
            if (user.nationalIdentityNumber.equals(nationalIdentityNumber) && user.phoneNumbers.contains(phoneNumber)) {
                return Optional.of(user);
            }
        }
        return Optional.empty();
    }
}
