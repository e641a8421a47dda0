package lt.savitarna.sdk.testkit.sk.internal;

import lt.savitarna.sdk.testkit.sk.MobileIdTestUser;
import lt.savitarna.sdk.testkit.sk.SmartIdTestAccount;

/** Who the demo accounts and test numbers are, as their certificates say. */
public final class TestPeople {

    private TestPeople() {
    }

    public static PersonSpec of(SmartIdTestAccount account) {
        return new PersonSpec(SmartIdTestAccount.COUNTRY, account.personalCode(), account.givenName(),
                account.surname(), "QUALIFIED".equals(account.certificateLevel())
                        ? CertificateProfile.SMART_ID_QUALIFIED : CertificateProfile.SMART_ID_ADVANCED);
    }

    /**
     * @throws IllegalArgumentException for a user who holds no Mobile-ID certificates
     */
    public static PersonSpec of(MobileIdTestUser user) {
        if (!user.isMobileIdClient()) {
            throw new IllegalArgumentException(user + " is not a Mobile-ID client and holds no certificates");
        }
        return new PersonSpec(user.country(), user.nationalIdentityNumber(), user.givenName(), user.surname(),
                CertificateProfile.MOBILE_ID);
    }
}
