package lt.savitarna.sdk.signing;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import lt.savitarna.sdk.signature.Authentication;
import lt.savitarna.sdk.signature.AuthenticationRequest;
import lt.savitarna.sdk.signature.CertificateLevel;
import lt.savitarna.sdk.signature.CertificateRequest;
import lt.savitarna.sdk.signature.Digest;
import lt.savitarna.sdk.signature.NotMobileIdClientException;
import lt.savitarna.sdk.signature.PhoneAbsentException;
import lt.savitarna.sdk.signature.SignatureErrorCodes;
import lt.savitarna.sdk.signature.SignatureProvider;
import lt.savitarna.sdk.signature.SignatureRefusedException;
import lt.savitarna.sdk.signature.SignatureRequest;
import lt.savitarna.sdk.signature.SignatureTimeoutException;
import lt.savitarna.sdk.signature.SignatureValue;
import lt.savitarna.sdk.signature.SignerDeviceException;
import lt.savitarna.sdk.signature.SignerIdentity;
import lt.savitarna.sdk.signature.SigningCertificate;
import lt.savitarna.sdk.signature.SigningListener;
import lt.savitarna.sdk.signature.SigningState;
import lt.savitarna.sdk.signature.identity.NationalIdentity;
import lt.savitarna.sdk.signature.identity.PhoneNumber;
import lt.savitarna.sdk.signing.internal.Answer;
import lt.savitarna.sdk.signing.internal.CertificateNames;
import lt.savitarna.sdk.signing.internal.Failures;
import lt.savitarna.sdk.signing.internal.Async;
import lt.savitarna.sdk.signing.internal.AsyncFlow;
import lt.savitarna.sdk.signing.internal.SafeListener;
import lt.savitarna.sdk.signing.internal.ServiceSettings;
import lt.savitarna.sdk.signing.internal.SessionPoller;
import lt.savitarna.sdk.signing.internal.SignatureChecks;
import lt.savitarna.sdk.signing.internal.SkHttp;
import lt.savitarna.sdk.signing.internal.SkJson;
import lt.savitarna.sdk.signing.internal.StatusMapping;

/**
 * Mobile-ID (M. parašas) over SK's Mobile-ID REST API, on the JDK's HTTP client and JSON-P.
 *
 * <ul>
 *   <li>{@link #authenticate}: {@code POST authentication}, then long polling
 *       {@code GET authentication/session/{id}}; the answer carries the certificate.</li>
 *   <li>{@link #signingCertificate}: {@code POST certificate} (no dialog on the phone).</li>
 *   <li>{@link #sign}: {@code POST signature}, then {@code GET signature/session/{id}}; the value is
 *       checked against the certificate from the previous step.</li>
 * </ul>
 * The signer is a {@link SignerIdentity#mobileId} (a normalised phone number and a validated
 * personal code). The dialog speaks the configured language (default Lithuanian, {@code LIT}); a
 * display text is sent in GSM-7 when it fits and UCS-2 otherwise, checked against the limits first
 * (see {@link MobileIdDisplayText}). Confirmation messages are a Smart-ID feature and are ignored.
 * RSA and EC signatures are both verified with the JDK.
 *
 * <p>Results: {@code TIMEOUT} {@code SignatureTimeoutException}, {@code NOT_MID_CLIENT} (and a
 * certificate {@code NOT_FOUND}) {@code NotMobileIdClientException}, {@code USER_CANCELLED}
 * {@code SignatureRefusedException}, {@code PHONE_ABSENT} {@code PhoneAbsentException},
 * {@code DELIVERY_ERROR}, {@code SIM_ERROR} and {@code SIGNATURE_HASH_MISMATCH}
 * {@code SignerDeviceException} (one code each), anything else {@code UnknownEndResultException};
 * HTTP 400, 401 and 404 while polling {@code SigningServiceException}, 5xx
 * {@code SigningServiceUnavailableException}.
 *
 * <p>Through {@link java.util.ServiceLoader} the provider is configured like
 * {@link SmartIdProvider}, with the prefix {@code savitarna.mobileid} and one more setting,
 * {@code savitarna.mobileid.language}.
 *
 * <!-- sample: ConfigureSigningProviders#mobile-id-live -->
 * <pre>{@code
 * MobileIdConfig mobileIdLive = MobileIdConfig.live(RELYING_PARTY_UUID, RELYING_PARTY_NAME)
 *         .tlsPins(current, next)
 *         .trustAnchors(skIntermediates)
 *         .language(MobileIdLanguage.LIT)
 *         .build();
 * MobileIdProvider mobileId = MobileIdProvider.create(mobileIdLive);
 * }</pre>
 */
public final class MobileIdProvider implements SignatureProvider {

    /** The provider's name. */
    public static final String NAME = "mobile-id";

    private final ServiceSettings settings;
    private final MobileIdLanguage language;
    private final Failures failures;
    private final SkHttp http;
    private final SessionPoller poller;

    private MobileIdProvider(MobileIdConfig config) {
        this.settings = config.settings();
        this.language = config.language();
        this.failures = settings.failures();
        this.http = new SkHttp(settings, StatusMapping.MOBILE_ID);
        this.poller = new SessionPoller(http, settings);
    }

    /**
     * Creates the provider. It is thread-safe; create one per configuration and share it.
     *
     * @param config the configuration
     * @return the provider
     */
    public static MobileIdProvider create(MobileIdConfig config) {
        return new MobileIdProvider(Objects.requireNonNull(config, "config"));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Authentication authenticate(AuthenticationRequest request, SigningListener listener) {
        return Async.join(authenticateAsync(request, listener), failures);
    }

    @Override
    public SigningCertificate signingCertificate(CertificateRequest request, SigningListener listener) {
        return Async.join(signingCertificateAsync(request, listener), failures);
    }

    @Override
    public SignatureValue sign(SignatureRequest request, SigningListener listener) {
        return Async.join(signAsync(request, listener), failures);
    }

    /**
     * {@inheritDoc}
     *
     * <p>No thread waits while the person answers: each status answer schedules the next request.
     * Cancelling the future cancels the request in flight and no further request is sent.
     */
    @Override
    public CompletableFuture<Authentication> authenticateAsync(AuthenticationRequest request,
                                                               SigningListener listener) {
        try {
            Objects.requireNonNull(request, "request");
            NationalIdentity person = person(request.signer());
            Digest challenge = request.challenge();
            JsonObject body = withHash(subscriber(request.signer()), challenge, request.displayText()).build();
            Duration budget = request.deadline().orElse(settings.deadline());
            return session("authentication", body, challenge, budget, listener, (done, l) -> {
                byte[] signature = done.requiredBase64("signature.value");
                String algorithm = done.requiredString("signature.algorithm");
                X509Certificate certificate = done.requiredCertificate("cert");
                SignatureChecks.verify(certificate, challenge, signature, failures);
                NationalIdentity identity = settings.validator().validate(certificate,
                        CertificatePurpose.AUTHENTICATION, person, NAME);
                warnIfExpiring(certificate, l);
                return new Authentication(NAME, request.signer(), certificate, identity,
                        CertificateNames.givenName(certificate).orElse(null),
                        CertificateNames.surname(certificate).orElse(null), CertificateLevel.QUALIFIED, challenge,
                        signature, algorithm);
            });
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** {@inheritDoc} One request, answered at once; no thread waits for it. */
    @Override
    public CompletableFuture<SigningCertificate> signingCertificateAsync(CertificateRequest request,
                                                                        SigningListener listener) {
        try {
            Objects.requireNonNull(request, "request");
            NationalIdentity person = person(request.signer());
            JsonObject body = subscriber(request.signer()).build();
            return AsyncFlow.start(failures, listener, null, null, flow -> http.postAsync(flow, "certificate",
                    "certificate", body).thenApplyAsync(json -> {
                        Answer answer = new Answer(json, failures);
                        String result = answer.requiredString("result");
                        if ("NOT_FOUND".equals(result)) {
                            throw new NotMobileIdClientException(NAME, "certificate result NOT_FOUND",
                                    failures.locale());
                        }
                        if (!"OK".equals(result)) {
                            throw failures.unknownEndResult(result);
                        }
                        flow.listener().stateChanged(SigningState.VALIDATING);
                        X509Certificate certificate = answer.requiredCertificate("cert");
                        NationalIdentity identity = settings.validator().validate(certificate,
                                CertificatePurpose.SIGNING, person, NAME);
                        warnIfExpiring(certificate, flow.listener());
                        return new SigningCertificate(NAME, request.signer(), certificate, identity,
                                CertificateLevel.QUALIFIED);
                    }, Async.executor()));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** {@inheritDoc} No thread waits while the person enters the PIN. */
    @Override
    public CompletableFuture<SignatureValue> signAsync(SignatureRequest request, SigningListener listener) {
        try {
            Objects.requireNonNull(request, "request");
            NationalIdentity person = person(request.signer());
            Digest digest = request.digest();
            JsonObject body = withHash(subscriber(request.signer()), digest, request.displayText()).build();
            Duration budget = request.deadline().orElse(settings.deadline());
            return session("signature", body, digest, budget, listener, (done, l) -> {
                byte[] signature = done.requiredBase64("signature.value");
                String algorithm = done.requiredString("signature.algorithm");
                SignatureChecks.verify(request.certificate(), digest, signature, failures);
                settings.validator().validate(request.certificate(), CertificatePurpose.SIGNING, person, NAME);
                return new SignatureValue(NAME, request.signer(), request.certificate(), digest, signature,
                        algorithm);
            });
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * Starts a session, shows the verification code, polls until it is complete, checks the result
     * and finishes with {@code finish} (after {@code VALIDATING}).
     */
    private <T> CompletableFuture<T> session(String operation, JsonObject body, Digest digest, Duration budget,
                                             SigningListener listener, BiFunction<Answer, SafeListener, T> finish) {
        Instant deadline = settings.clock().instant().plus(budget);
        return AsyncFlow.start(failures, listener, poller.guard(budget),
                () -> new SignatureTimeoutException(NAME, budget, failures.locale()),
                flow -> http.postAsync(flow, operation, operation, body).thenComposeAsync(started -> {
                    String sessionId = http.sessionId(new Answer(started, failures).requiredString("sessionID"));
                    if (flow.isDone()) {
                        return flow.<Answer>stopped();
                    }
                    flow.listener().verificationCode(MobileIdVerificationCode.of(digest.value()));
                    flow.listener().stateChanged(SigningState.WAITING_FOR_USER);
                    return poller.awaitAsync(flow, operation, operation + "/session/" + sessionId, deadline, budget);
                }, Async.executor()).thenApplyAsync(done -> {
                    checkResult(done.requiredString("result"));
                    if (flow.isDone()) {
                        throw new CancellationException("the operation has ended");
                    }
                    flow.listener().stateChanged(SigningState.VALIDATING);
                    return finish.apply(done, flow.listener());
                }, Async.executor()));
    }

    private void checkResult(String result) {
        Locale locale = failures.locale();
        String detail = "result " + result;
        switch (result) {
            case "OK" -> {
                return;
            }
            case "TIMEOUT" -> throw new SignatureTimeoutException(NAME, null, locale);
            case "NOT_MID_CLIENT" -> throw new NotMobileIdClientException(NAME, detail, locale);
            case "USER_CANCELLED" -> throw new SignatureRefusedException(NAME,
                    SignatureRefusedException.Refusal.SIM_DIALOG, detail, locale);
            case "PHONE_ABSENT" -> throw new PhoneAbsentException(NAME, detail, locale);
            case "DELIVERY_ERROR" ->
                    throw new SignerDeviceException(SignatureErrorCodes.MOBILE_ID_DELIVERY_ERROR, NAME, detail, locale);
            case "SIM_ERROR" ->
                    throw new SignerDeviceException(SignatureErrorCodes.MOBILE_ID_SIM_ERROR, NAME, detail, locale);
            case "SIGNATURE_HASH_MISMATCH" -> throw new SignerDeviceException(
                    SignatureErrorCodes.MOBILE_ID_SIGNATURE_HASH_MISMATCH, NAME, detail, locale);
            default -> throw failures.unknownEndResult(result);
        }
    }

    private NationalIdentity person(SignerIdentity signer) {
        Objects.requireNonNull(signer, "signer");
        if (signer.phoneNumber().isEmpty() || signer.nationalIdentity().isEmpty()) {
            throw new IllegalArgumentException("Mobile-ID needs a phone number and a personal code:"
                    + " use SignerIdentity.mobileId(phone, personalCode)");
        }
        return signer.nationalIdentity().get();
    }

    private JsonObjectBuilder subscriber(SignerIdentity signer) {
        PhoneNumber phone = signer.phoneNumber().orElseThrow();
        return SkJson.object()
                .add("relyingPartyUUID", settings.relyingPartyUuid())
                .add("relyingPartyName", settings.relyingPartyName())
                .add("phoneNumber", phone.value())
                .add("nationalIdentityNumber", signer.nationalIdentity().orElseThrow().code());
    }

    private JsonObjectBuilder withHash(JsonObjectBuilder b, Digest digest, Optional<String> displayText) {
        b.add("hash", digest.base64())
                .add("hashType", digest.type().name())
                .add("language", language.name());
        displayText.map(MobileIdDisplayText::of).ifPresent(text -> b
                .add("displayText", text.text())
                .add("displayTextFormat", text.format().wireName()));
        return b;
    }

    private void warnIfExpiring(X509Certificate certificate, SafeListener l) {
        settings.validator().expiryWarning(certificate, NAME).ifPresent(l::certificateExpiresSoon);
    }

    @Override
    public String toString() {
        return "MobileIdProvider[" + settings.baseUri() + ", " + language + "]";
    }
}
