package lt.savitarna.sdk.document;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Makes file names from the portal safe to use on any file system. A name from a server is data,
 * not a path: it must never step out of the target folder, hide itself, or trip Windows.
 *
 * <p>{@link #sanitize(String)} keeps only the last path segment, drops control and invisible
 * formatting characters (such as right-to-left overrides that disguise an extension), replaces
 * characters Windows forbids ({@code < > : " / \ | ? *}) with {@code _}, collapses {@code ..},
 * trims dots and spaces at both ends, prefixes reserved Windows device names ({@code CON},
 * {@code NUL}, {@code COM1}, ...) with {@code _}, composes letters (NFC) so that Lithuanian letters
 * such as {@code ė} or {@code š} stay single characters, and limits the name to 200 UTF-8 bytes,
 * keeping the extension. What is left is never empty: {@code document} stands in.
 *
 * <!-- sample: ContractSigningQueue#save-container -->
 * <pre>{@code
 * // an annex's number (SUT-2026-0142/1) is kept whole: sanitize keeps only what follows a '/'
 * String name = FileNames.sanitize(document.number().replace('/', '-') + ".asice");
 * Path container = folder.resolve(name);
 * documents.downloadSignedContainer(done.document().id(), container);
 * }</pre>
 */
public final class FileNames {

    /** The longest name {@link #sanitize(String)} returns, in UTF-8 bytes. */
    public static final int MAX_BYTES = 200;

    private static final String FALLBACK = "document";
    private static final String FORBIDDEN = "<>:\"/\\|?*";
    private static final int MAX_EXTENSION = 16;
    private static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    private FileNames() {
    }

    /** A safe file name of at most {@value #MAX_BYTES} UTF-8 bytes; see the class comment. */
    public static String sanitize(String name) {
        return sanitize(name, MAX_BYTES);
    }

    /**
     * A safe file name of at most {@code maxBytes} UTF-8 bytes.
     *
     * @param name     the name as the server sent it; {@code null} gives the fallback name
     * @param maxBytes the longest result in UTF-8 bytes, at least 32
     */
    public static String sanitize(String name, int maxBytes) {
        if (maxBytes < 32) {
            throw new IllegalArgumentException("maxBytes must be at least 32: " + maxBytes);
        }
        if (name == null) {
            return FALLBACK;
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFC);
        int cut = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
        s = s.substring(cut + 1);
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.UNASSIGNED || type == Character.PRIVATE_USE) {
                return;
            }
            if (cp < 0x80 && FORBIDDEN.indexOf(cp) >= 0) {
                out.append('_');
            } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                out.append(' ');
            } else {
                out.appendCodePoint(cp);
            }
        });
        // Normalised again: dropping a control or format character can bring a letter and a combining
        // mark together, which NFC then composes; without this, sanitising twice could differ.
        s = Normalizer.normalize(out, Normalizer.Form.NFC).replaceAll("\\.{2,}", ".").replaceAll(" {2,}", " ");
        s = trim(s);
        if (s.isEmpty()) {
            return FALLBACK;
        }
        int dot = s.indexOf('.');
        String device = (dot < 0 ? s : s.substring(0, dot)).strip().toUpperCase(Locale.ROOT);
        if (RESERVED.contains(device)) {
            s = "_" + s;
        }
        return limit(s, maxBytes);
    }

    private static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && (s.charAt(start) == '.' || s.charAt(start) == ' ')) {
            start++;
        }
        while (end > start && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == ' ')) {
            end--;
        }
        return s.substring(start, end);
    }

    private static String limit(String s, int maxBytes) {
        if (utf8Length(s) <= maxBytes) {
            return s;
        }
        int dot = s.lastIndexOf('.');
        String extension = dot > 0 && s.length() - dot <= MAX_EXTENSION ? s.substring(dot) : "";
        String stem = extension.isEmpty() ? s : s.substring(0, dot);
        int budget = maxBytes - utf8Length(extension);
        StringBuilder kept = new StringBuilder();
        int used = 0;
        for (int i = 0; i < stem.length(); ) {
            int cp = stem.codePointAt(i);
            int bytes = utf8Length(new String(Character.toChars(cp)));
            if (used + bytes > budget) {
                break;
            }
            kept.appendCodePoint(cp);
            used += bytes;
            i += Character.charCount(cp);
        }
        String result = trim(kept.toString()) + extension;
        return result.isEmpty() || result.equals(extension) ? FALLBACK + extension : result;
    }

    private static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
