package lt.savitarna.sdk.signing;

import java.util.Map;
import lt.savitarna.sdk.signature.NotMobileIdClientException;
import lt.savitarna.sdk.signature.PhoneAbsentException;
import lt.savitarna.sdk.signature.SignatureRefusedException;
import lt.savitarna.sdk.signature.SignatureTimeoutException;
import lt.savitarna.sdk.signature.DocumentUnusableException;
import lt.savitarna.sdk.signature.InteractionNotSupportedException;
import lt.savitarna.sdk.signature.SignerDeviceException;
import lt.savitarna.sdk.signature.SigningException;
import lt.savitarna.sdk.signature.UnknownEndResultException;
import lt.savitarna.sdk.signature.WrongVerificationCodeException;

/** The exception type each end result must map to, written out independently of the providers. */
final class EndResults {

    static final Map<String, Class<? extends SigningException>> SMART_ID = Map.ofEntries(
            Map.entry("USER_REFUSED", SignatureRefusedException.class),
            Map.entry("USER_REFUSED_CERT_CHOICE", SignatureRefusedException.class),
            Map.entry("USER_REFUSED_DISPLAYTEXTANDPIN", SignatureRefusedException.class),
            Map.entry("USER_REFUSED_VC_CHOICE", SignatureRefusedException.class),
            Map.entry("USER_REFUSED_CONFIRMATIONMESSAGE", SignatureRefusedException.class),
            Map.entry("USER_REFUSED_CONFIRMATIONMESSAGE_WITH_VC_CHOICE", SignatureRefusedException.class),
            Map.entry("TIMEOUT", SignatureTimeoutException.class),
            Map.entry("WRONG_VC", WrongVerificationCodeException.class),
            Map.entry("DOCUMENT_UNUSABLE", DocumentUnusableException.class),
            Map.entry("REQUIRED_INTERACTION_NOT_SUPPORTED_BY_APP", InteractionNotSupportedException.class),
            Map.entry("SOMETHING_NEW", UnknownEndResultException.class));

    static final Map<String, Class<? extends SigningException>> MOBILE_ID = Map.ofEntries(
            Map.entry("TIMEOUT", SignatureTimeoutException.class),
            Map.entry("NOT_MID_CLIENT", NotMobileIdClientException.class),
            Map.entry("USER_CANCELLED", SignatureRefusedException.class),
            Map.entry("SIGNATURE_HASH_MISMATCH", SignerDeviceException.class),
            Map.entry("PHONE_ABSENT", PhoneAbsentException.class),
            Map.entry("DELIVERY_ERROR", SignerDeviceException.class),
            Map.entry("SIM_ERROR", SignerDeviceException.class),
            Map.entry("SOMETHING_NEW", UnknownEndResultException.class));

    private EndResults() {
    }
}
