package lt.savitarna.sdk.signing;

import static lt.savitarna.sdk.signing.TestCertificates.MID_AUTH;
import static lt.savitarna.sdk.signing.TestCertificates.NOW;
import static lt.savitarna.sdk.signing.TestCertificates.sign;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import lt.savitarna.sdk.error.SavitarnaException;
import lt.savitarna.sdk.signature.Authentication;
import lt.savitarna.sdk.signature.AuthenticationRequest;
import lt.savitarna.sdk.signature.SignatureProvider;
import org.junit.jupiter.api.Test;

/**
 * The signing module's counterpart of the core's secrets scan: Smart-ID and Mobile-ID
 * authentications that succeed, are refused and fail, with the SDK logging at TRACE; neither a
 * log line, nor an exception message, nor the {@code toString()} of a result, provider or
 * request shows a full personal code.
 */
class SigningSecretsTest {

    private static final List<String> CODES = List.of("30303039914", "50001018865");

    @Test
    void noPersonalCodeInAnyLogLineMessageOrRendering() throws Exception {
        List<String> texts = new ArrayList<>();
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (SkAnswerFuzzTest.RawServer server = new SkAnswerFuzzTest.RawServer()) {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            SmartIdProvider smartId = SmartIdProvider.create(SmartIdConfig.demo(SmartIdProviderTest.UUID, "DEMO")
                    .baseUri(server.uri("/smart-id-rp/v2/")).trustAnchors(List.of(TestCertificates.testCa()))
                    .clock(new MutableClock(NOW)).sleeper(d -> { }).build());
            MobileIdProvider mobileId = MobileIdProvider.create(MobileIdConfig.demo(MobileIdProviderTest.UUID, "DEMO")
                    .baseUri(server.uri("/mid-api/")).trustAnchors(List.of(TestCertificates.testCa()))
                    .clock(new MutableClock(NOW)).sleeper(d -> { }).build());
            AuthenticationRequest jonas = AuthenticationRequest.builder(SmartIdProviderTest.JONAS,
                    SmartIdProviderTest.CHALLENGE).build();
            AuthenticationRequest mary = AuthenticationRequest.builder(MobileIdProviderTest.MARY,
                    MobileIdProviderTest.CHALLENGE).build();
            String midOk = MobileIdProviderTest.completed(MID_AUTH, sign(MID_AUTH, MobileIdProviderTest.CHALLENGE), true);
            texts.add(String.valueOf(jonas));
            texts.add(String.valueOf(mary));
            texts.add(String.valueOf(smartId));
            texts.add(String.valueOf(mobileId));

            authenticate(server, smartId, jonas, texts, "{\"sessionID\":\"s1\"}", SmartIdProviderTest.running(),
                    SmartIdProviderTest.authenticated());
            authenticate(server, smartId, jonas, texts, "{\"sessionID\":\"s1\"}", SmartIdProviderTest.ended("USER_REFUSED"));
            authenticate(server, smartId, jonas, texts, "{\"sessionID\":\"s1\"}",
                    SmartIdProviderTest.authenticated().replace("QUALIFIED", "ADVANCED"));
            authenticate(server, mobileId, mary, texts, "{\"sessionID\":\"m1\"}", "{\"state\":\"RUNNING\"}", midOk);
            authenticate(server, mobileId, mary, texts, "{\"sessionID\":\"m1\"}",
                    "{\"state\":\"COMPLETE\",\"result\":\"NOT_MID_CLIENT\"}");
        } finally {
            System.setOut(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("TRACE") || log.contains("DEBUG"), "the SDK logged while the flows ran");
        texts.addAll(List.of(log.split("\n")));
        List<String> leaks = new ArrayList<>();
        for (String text : texts) {
            for (String code : CODES) {
                if (text.contains(code)) {
                    leaks.add(text.replace(code, "<CODE>"));
                }
            }
        }
        if (!leaks.isEmpty()) {
            fail(leaks.size() + " texts show a personal code:\n" + String.join("\n", leaks.subList(0, Math.min(10, leaks.size()))));
        }
    }

    private static void authenticate(SkAnswerFuzzTest.RawServer server, SignatureProvider provider,
                                     AuthenticationRequest request, List<String> texts, String... answers) {
        AtomicInteger next = new AtomicInteger();
        server.answer = (method, unused) -> SkAnswerFuzzTest.ok(SkAnswerFuzzTest.bytes(
                answers[Math.min(next.getAndIncrement(), answers.length - 1)]));
        try {
            Authentication result = provider.authenticate(request, new RecordingListener());
            texts.add(String.valueOf(result));
            texts.add(String.valueOf(result.identity()));
        } catch (SavitarnaException e) {
            texts.add(String.valueOf(e));
            texts.add(String.valueOf(e.getMessage()));
            texts.add(String.valueOf(e.getLocalizedMessage()));
        }
    }
}
