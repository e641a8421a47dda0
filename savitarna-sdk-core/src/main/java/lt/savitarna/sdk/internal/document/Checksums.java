package lt.savitarna.sdk.internal.document;

import java.net.http.HttpHeaders;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/** SHA-256 as the contract uses it: lower-case hex, from {@code X-Checksum-SHA256} or {@code Digest}. */
final class Checksums {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    private Checksums() {
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }

    /** The file's checksum the answer states, or {@code null} when it states none that can be read. */
    static String fromHeaders(HttpHeaders headers) {
        String hex = headers.firstValue("X-Checksum-SHA256").map(s -> s.strip().toLowerCase(Locale.ROOT))
                .filter(s -> HEX.matcher(s).matches()).orElse(null);
        if (hex != null) {
            return hex;
        }
        for (String digest : headers.allValues("Digest")) {
            for (String part : digest.split(",")) {
                String p = part.strip();
                if (p.regionMatches(true, 0, "SHA-256=", 0, 8)) {
                    try {
                        byte[] raw = Base64.getDecoder().decode(p.substring(8));
                        if (raw.length == 32) {
                            return hex(raw);
                        }
                    } catch (IllegalArgumentException e) {
                        // Not Base64: look further.
                    }
                }
            }
        }
        return null;
    }
}
