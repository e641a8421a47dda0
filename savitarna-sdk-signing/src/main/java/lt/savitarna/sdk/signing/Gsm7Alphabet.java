package lt.savitarna.sdk.signing;

/**
 * The GSM 03.38 default alphabet, as far as Mobile-ID display texts need it: which characters
 * GSM-7 can carry and how many bytes each takes.
 */
final class Gsm7Alphabet {

    /** The basic character set in table order, without the escape code at 0x1B. */
    private static final String BASIC =
            "@£$¥èéùìòÇ\nØø\rÅå"
            + "Δ_ΦΓΛΩΠΨΣΘΞÆæßÉ"
            + " !\"#¤%&'()*+,-./"
            + "0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNO"
            + "PQRSTUVWXYZÄÖÑÜ§"
            + "¿abcdefghijklmno"
            + "pqrstuvwxyzäöñüà";

    /**
     * The extension-table characters that Mobile-ID documents as supported. The table also has
     * a tilde and a form feed; they are left out so that a character the service might replace
     * with a space is sent as UCS-2 instead.
     */
    private static final String EXTENSION = "€[]^|{}\\";

    private Gsm7Alphabet() {
    }

    static boolean isBasic(char c) {
        return BASIC.indexOf(c) >= 0;
    }

    static boolean isExtension(char c) {
        return EXTENSION.indexOf(c) >= 0;
    }

    static boolean canEncode(char c) {
        return isBasic(c) || isExtension(c);
    }
}
