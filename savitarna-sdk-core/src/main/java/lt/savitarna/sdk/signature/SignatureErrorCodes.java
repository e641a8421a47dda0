package lt.savitarna.sdk.signature;

/**
 * The stable machine codes of {@link SigningException}s ({@code getCode()}). Switch on these,
 * never on message texts, which are for people and may change.
 *
 * <!-- sample: SigningFailures#error-codes -->
 * <pre>{@code
 * try {
 *     return rejectUntrustworthyAnswers(provider, person, operations);
 * } catch (SigningServiceException e) { // e.g. TLS failures, unexpected HTTP statuses
 *     // getCode() is one of SignatureErrorCodes: stable, unlike the messages
 *     boolean pinsOutdated = SignatureErrorCodes.SIGNING_TLS_PIN_MISMATCH.equals(e.getCode());
 *     operations.println((pinsOutdated ? "ALERT update SK's TLS pins: " : "ALERT ") + e.getMessage());
 *     return "E-signing is unavailable: " + e.getLocalizedMessage();
 * } catch (SigningException e) {
 *     return "Sign-in failed: " + e.getLocalizedMessage();
 * }
 * }</pre>
 */
public final class SignatureErrorCodes {

    /** The person declined ({@link SignatureRefusedException}). */
    public static final String SIGNATURE_REFUSED = "SIGNATURE_REFUSED";
    /** The person did not answer before the service gave up ({@link SignatureTimeoutException}). */
    public static final String SIGNATURE_TIMEOUT = "SIGNATURE_TIMEOUT";
    /** The SDK's own deadline passed while waiting ({@link SignatureTimeoutException}). */
    public static final String SIGNING_DEADLINE_EXCEEDED = "SIGNING_DEADLINE_EXCEEDED";
    /** The person chose a verification code other than the one shown ({@link WrongVerificationCodeException}). */
    public static final String WRONG_VERIFICATION_CODE = "WRONG_VERIFICATION_CODE";
    /** Smart-ID 471: no account of the requested level ({@link NotQualifiedAccountException}). */
    public static final String NOT_QUALIFIED_ACCOUNT = "NOT_QUALIFIED_ACCOUNT";
    /** Smart-ID 404 on a new session: no such account ({@link SignerNotFoundException}). */
    public static final String SIGNER_NOT_FOUND = "SIGNER_NOT_FOUND";
    /** Mobile-ID: no Mobile-ID for this phone and personal code ({@link NotMobileIdClientException}). */
    public static final String NOT_MOBILE_ID_CLIENT = "NOT_MOBILE_ID_CLIENT";
    /** Mobile-ID: the phone is unreachable ({@link PhoneAbsentException}). */
    public static final String PHONE_ABSENT = "PHONE_ABSENT";
    /** Mobile-ID {@code DELIVERY_ERROR}: the request could not be delivered to the phone ({@link SignerDeviceException}). */
    public static final String MOBILE_ID_DELIVERY_ERROR = "MOBILE_ID_DELIVERY_ERROR";
    /** Mobile-ID {@code SIM_ERROR}: the SIM card answered wrongly ({@link SignerDeviceException}). */
    public static final String MOBILE_ID_SIM_ERROR = "MOBILE_ID_SIM_ERROR";
    /** Mobile-ID {@code SIGNATURE_HASH_MISMATCH}: the SIM's setup differs from the service's ({@link SignerDeviceException}). */
    public static final String MOBILE_ID_SIGNATURE_HASH_MISMATCH = "MOBILE_ID_SIGNATURE_HASH_MISMATCH";
    /** Smart-ID {@code DOCUMENT_UNUSABLE}: the account cannot be used now ({@link SignerDeviceException}). */
    public static final String SMART_ID_DOCUMENT_UNUSABLE = "SMART_ID_DOCUMENT_UNUSABLE";
    /** Smart-ID {@code REQUIRED_INTERACTION_NOT_SUPPORTED_BY_APP}: the app is too old ({@link SignerDeviceException}). */
    public static final String SMART_ID_INTERACTION_NOT_SUPPORTED = "SMART_ID_INTERACTION_NOT_SUPPORTED";
    /** Smart-ID 472: the person must open the Smart-ID app or portal ({@link UserActionRequiredException}). */
    public static final String SMART_ID_USER_ACTION_REQUIRED = "SMART_ID_USER_ACTION_REQUIRED";

    /** 400: the service rejected the request ({@link SigningServiceException}). */
    public static final String SIGNING_BAD_REQUEST = "SIGNING_BAD_REQUEST";
    /** 401: the relying party UUID or name is wrong ({@link SigningServiceException}). */
    public static final String SIGNING_UNAUTHORIZED = "SIGNING_UNAUTHORIZED";
    /** 403: the relying party may not do this, e.g. use ADVANCED accounts ({@link SigningServiceException}). */
    public static final String SIGNING_FORBIDDEN = "SIGNING_FORBIDDEN";
    /** 404 while polling: the session is unknown or expired ({@link SigningServiceException}). */
    public static final String SIGNING_SESSION_NOT_FOUND = "SIGNING_SESSION_NOT_FOUND";
    /** Smart-ID 480: this client version is no longer supported ({@link SigningServiceException}). */
    public static final String SIGNING_CLIENT_OUTDATED = "SIGNING_CLIENT_OUTDATED";
    /** Any other status the protocol does not define ({@link SigningServiceException}). */
    public static final String SIGNING_UNEXPECTED_STATUS = "SIGNING_UNEXPECTED_STATUS";
    /** The TLS handshake with the service failed, e.g. an untrusted server certificate ({@link SigningServiceException}). */
    public static final String SIGNING_TLS_FAILED = "SIGNING_TLS_FAILED";
    /** The service's TLS key matches none of the configured pins ({@link SigningServiceException}). */
    public static final String SIGNING_TLS_PIN_MISMATCH = "SIGNING_TLS_PIN_MISMATCH";
    /** Smart-ID 580: maintenance ({@link SigningServiceUnavailableException}). */
    public static final String SIGNING_SERVICE_MAINTENANCE = "SIGNING_SERVICE_MAINTENANCE";
    /** 5xx: the service failed ({@link SigningServiceUnavailableException}). */
    public static final String SIGNING_SERVICE_ERROR = "SIGNING_SERVICE_ERROR";
    /** The service could not be reached ({@link SigningServiceUnavailableException}). */
    public static final String SIGNING_NETWORK_ERROR = "SIGNING_NETWORK_ERROR";
    /** The operation was interrupted or cancelled ({@link SigningCancelledException}). */
    public static final String SIGNING_CANCELLED = "SIGNING_CANCELLED";

    /** The signature does not verify with the certificate ({@link BadSignatureException}). */
    public static final String RESPONSE_BAD_SIGNATURE = "RESPONSE_BAD_SIGNATURE";
    /** The signature is genuine but over another hash than the one sent ({@link SignedOtherHashException}). */
    public static final String RESPONSE_SIGNED_OTHER_HASH = "RESPONSE_SIGNED_OTHER_HASH";
    /** The certificate does not chain to a trusted authority ({@link UntrustedCertificateException}). */
    public static final String RESPONSE_UNTRUSTED_CERTIFICATE = "RESPONSE_UNTRUSTED_CERTIFICATE";
    /** The certificate has expired ({@link CertificateExpiredException}). */
    public static final String CERTIFICATE_EXPIRED = "CERTIFICATE_EXPIRED";
    /** The certificate is not valid yet ({@link CertificateExpiredException}). */
    public static final String CERTIFICATE_NOT_YET_VALID = "CERTIFICATE_NOT_YET_VALID";
    /** The certificate names another person than the one asked for ({@link IdentityMismatchException}). */
    public static final String RESPONSE_IDENTITY_MISMATCH = "RESPONSE_IDENTITY_MISMATCH";
    /** The certificate's level is lower than asked for ({@link CertificateLevelException}). */
    public static final String RESPONSE_CERTIFICATE_LEVEL_TOO_LOW = "RESPONSE_CERTIFICATE_LEVEL_TOO_LOW";
    /** The certificate's key usage does not fit the operation ({@link KeyUsageException}). */
    public static final String RESPONSE_WRONG_KEY_USAGE = "RESPONSE_WRONG_KEY_USAGE";
    /** A field the protocol requires is missing ({@link MissingFieldException}). */
    public static final String RESPONSE_MISSING_FIELD = "RESPONSE_MISSING_FIELD";
    /** An end result the protocol does not define ({@link UnknownEndResultException}). */
    public static final String RESPONSE_UNKNOWN_END_RESULT = "RESPONSE_UNKNOWN_END_RESULT";
    /** Not JSON, or a field of the wrong type or form ({@link MalformedResponseException}). */
    public static final String RESPONSE_MALFORMED = "RESPONSE_MALFORMED";

    private SignatureErrorCodes() {
    }
}
