package lt.savitarna.sdk.internal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import lt.savitarna.sdk.account.Registration;
import lt.savitarna.sdk.document.DocumentQuery;
import lt.savitarna.sdk.document.DocumentState;
import lt.savitarna.sdk.document.DocumentType;
import lt.savitarna.sdk.document.FileNames;
import lt.savitarna.sdk.error.FieldError;
import lt.savitarna.sdk.error.ValidationException;
import lt.savitarna.sdk.help.Upload;
import lt.savitarna.sdk.internal.workspace.FieldChecks;
import lt.savitarna.sdk.internal.workspace.WorkspacePolicies;
import lt.savitarna.sdk.signature.identity.InvalidPersonalCodeException;
import lt.savitarna.sdk.signature.identity.InvalidPhoneNumberException;
import lt.savitarna.sdk.signature.identity.PersonalCode;
import lt.savitarna.sdk.signature.identity.PhoneNumber;
import lt.savitarna.sdk.testing.Fuzz;
import lt.savitarna.sdk.testing.Mutator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user or an ERP may type, mutated: every validator answers with its documented exception
 * (or its list of field errors) and nothing else, and what it keeps never shows a password.
 * {@code -Dfuzz.iterations=100000} for the full run, {@code -Dfuzz.seed=...} to replay one.
 */
class InputFuzzTest {

    private static final List<String> SEEDS = List.of("30303039914", "50001018865", "+37060000666", "860000666",
            "jonas.jonaitis@demo.savitarna.lt", "Žemyna-nare-2024", "Sąskaitos apmokėjimas", "../Pažyma: 2025\u0007.pdf",
            "CON.pdf", "a".repeat(300), " ", "", "\u202Egnp.exe", "PNOLT-30303039914", "2026-02-29",
            "Ą".repeat(120) + ".pdf", "doc_jl_sut_0142", "\uD800", "ｘ＠ｙ．ｌｔ", "٣٠٣٠٣٠٣٩٩١٤");

    @TempDir
    Path folder;

    private static final String ODD = "\u0000\u0007\t\n\r /\\:.@+-_*?\"<>|%$#'`~\u00a0\u200b\u202e\u2028\ufeff\ufffd"
            + "ĄČĘĖĮŠŲŪŽąčęėįšųūž0123456789٣０ｘ\ud800\udc00";

    /** A typed value: a seed with characters flipped, inserted, deleted, repeated or cut. */
    static String text(Random random) {
        StringBuilder s = new StringBuilder(SEEDS.get(random.nextInt(SEEDS.size())));
        int rounds = random.nextInt(4);
        for (int i = 0; i < rounds; i++) {
            int at = s.length() == 0 ? 0 : random.nextInt(s.length());
            switch (random.nextInt(6)) {
                case 0 -> s.insert(at, ODD.charAt(random.nextInt(ODD.length())));
                case 1 -> {
                    if (s.length() > 0) {
                        s.setCharAt(at, (char) random.nextInt(0x3000));
                    }
                }
                case 2 -> s.delete(at, Math.min(s.length(), at + 1 + random.nextInt(5)));
                case 3 -> s.setLength(at);
                case 4 -> s.insert(at, s.substring(at, Math.min(s.length(), at + 1 + random.nextInt(8)))
                        .repeat(1 + random.nextInt(40)));
                default -> s.insert(at, Mutator.oddHeader(random));
            }
        }
        return s.toString();
    }

    @Test
    void personalCodes() {
        Fuzz.run("input PersonalCode.parse", random -> PersonalCode.parse(text(random)),
                e -> e instanceof InvalidPersonalCodeException);
    }

    @Test
    void phoneNumbers() {
        Fuzz.run("input PhoneNumber.parse", random -> PhoneNumber.parse(text(random)),
                e -> e instanceof InvalidPhoneNumberException);
    }

    @Test
    void registrationsAreCheckedIntoFieldErrorsAndNeverShowThePassword() {
        Fuzz.run("input Registration", random -> {
            String password = text(random);
            String first = text(random);
            String last = text(random);
            String email = text(random);
            Registration.Builder builder = Registration.builder().firstName(first).lastName(last)
                    .email(email).password(password.toCharArray())
                    .acceptPrivacyPolicyAndRules(random.nextBoolean());
            String builderShown = builder.toString();
            Registration registration = builder.build();
            Locale locale = random.nextBoolean() ? Locale.ENGLISH : Locale.forLanguageTag("lt");
            List<FieldError> errors = RegistrationValidator.validate(registration, password.toCharArray(), locale);
            // the password never shows: the same registration with another password renders identically
            Registration.Builder twin = Registration.builder().firstName(first).lastName(last).email(email)
                    .password("Kitas-slaptazodis-1".toCharArray()).acceptPrivacyPolicyAndRules(
                            registration.privacyPolicyAndRulesAccepted());
            assertEquals(twin.toString(), builderShown, "the builder's toString shows no password");
            assertEquals(twin.build().toString(), registration.toString(), "toString shows no password");
            List<FieldError> twinErrors = RegistrationValidator.validate(twin.build(), "Kitas-slaptazodis-1".toCharArray(),
                    locale);
            for (FieldError error : errors) {
                if (!error.field().equals("password")) {
                    assertTrue(twinErrors.stream().anyMatch(t -> t.equals(error)), "no password in " + error.field());
                }
            }
            List<FieldError> login = RegistrationValidator.validateLogin(text(random), password.toCharArray(),
                    Locale.ENGLISH);
            return errors.size() + login.size();
        }, e -> false);
    }

    @Test
    void helpQuestions() {
        Fuzz.run("input HelpQuestion", random -> {
            new FieldChecks(Locale.ENGLISH)
                    .text("topic", random.nextInt(8) == 0 ? "t".repeat(WorkspacePolicies.TOPIC_MAX + random.nextInt(3) - 1)
                            : text(random), WorkspacePolicies.TOPIC_MAX)
                    .text("question", text(random), WorkspacePolicies.TEXT_MAX)
                    .throwIfAny();
            return null;
        }, e -> e instanceof ValidationException);
    }

    @Test
    void uploadNamesAndFileNamesStaySafe() throws Exception {
        Path file = Files.write(folder.resolve("priedas.pdf"), "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.UTF_8));
        Fuzz.run("input Upload and FileNames.sanitize", random -> {
            String name = text(random);
            String safe = FileNames.sanitize(name);
            assertSafe(safe, name);
            Upload upload = Upload.builder(file).fileName(name).description(text(random)).build();
            assertSafe(FileNames.sanitize(upload.fileName()), name);
            new FieldChecks(Locale.ENGLISH)
                    .optionalText("description", upload.description(), WorkspacePolicies.DESCRIPTION_MAX);
            int max = 32 + random.nextInt(300);
            String limited = FileNames.sanitize(name, max);
            assertTrue(limited.getBytes(StandardCharsets.UTF_8).length <= max, limited);
            return upload;
        }, e -> e instanceof IllegalArgumentException && e.getMessage().startsWith("fileName must not be blank"));
    }

    @Test
    void documentQueries() {
        List<DocumentType> types = List.of(DocumentType.of("INVOICE"), DocumentType.of("CONTRACT"));
        Fuzz.run("input DocumentQuery", random -> {
            DocumentQuery.Builder b = DocumentQuery.builder();
            LocalDate base = LocalDate.of(2026, 1, 1);
            if (random.nextBoolean()) {
                b.from(base.plusDays(random.nextInt(800) - 400));
            }
            if (random.nextBoolean()) {
                b.to(base.plusDays(random.nextInt(800) - 400));
            }
            if (random.nextBoolean()) {
                b.contractId(text(random));
            }
            if (random.nextBoolean()) {
                b.pageSize(random.nextInt(260) - 30);
            }
            if (random.nextBoolean()) {
                b.types(DocumentType.of(text(random)));
            }
            if (random.nextBoolean()) {
                b.states(DocumentState.of(text(random)));
            }
            b.types(types);
            return b.build();
        }, e -> e instanceof IllegalArgumentException);
    }

    private static void assertSafe(String safe, String from) {
        assertFalse(safe.isEmpty(), from);
        assertTrue(safe.getBytes(StandardCharsets.UTF_8).length <= FileNames.MAX_BYTES, safe);
        assertFalse(safe.contains("/") || safe.contains("\\") || safe.contains("\u0000") || safe.equals("..")
                || safe.equals("."), safe);
        assertEquals(safe, FileNames.sanitize(safe), "sanitising is stable");
    }
}
