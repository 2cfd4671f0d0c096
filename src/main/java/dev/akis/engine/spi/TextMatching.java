package dev.akis.engine.spi;

/**
 * Compares what customers type with keywords and option titles the way Turkish speakers expect: case does not
 * matter, the four i's (I, ı, İ, i) are one letter, and Turkish letters match their plain forms (ş/s, ğ/g,
 * ü/u, ö/o, ç/c), since many customers type without them ("siparisim nerede").
 */
public final class TextMatching {

    private TextMatching() {
    }

    /** Lowercase, Turkish letters folded to plain ones, runs of whitespace made one space, trimmed. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(foldChar(c));
        }
        return out.toString();
    }

    private static char foldChar(char c) {
        switch (c) {
            case 'I': case 'İ': case 'ı': case 'i': case 'î': case 'Î':
                return 'i';
            case 'Ş': case 'ş':
                return 's';
            case 'Ğ': case 'ğ':
                return 'g';
            case 'Ü': case 'ü': case 'û': case 'Û':
                return 'u';
            case 'Ö': case 'ö':
                return 'o';
            case 'Ç': case 'ç':
                return 'c';
            case 'Â': case 'â':
                return 'a';
            default:
                return Character.toLowerCase(c);
        }
    }

    /**
     * Lowercase with the four i's made one, other letters kept: for comparisons that ignore case but not
     * spelling ("YURTİÇİ" equals "Yurtiçi", but not "Yurtici").
     */
    public static String caseFold(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c == 'I' || c == 'İ' || c == 'ı' ? 'i' : Character.toLowerCase(c));
        }
        return out.toString();
    }

    /**
     * The folded text without punctuation at either end, so "Evet!", " #1042 " and "2." read as "evet",
     * "1042" and "2".
     */
    public static String answerKey(String text) {
        String folded = fold(text);
        int start = 0;
        int end = folded.length();
        while (start < end && !Character.isLetterOrDigit(folded.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(folded.charAt(end - 1))) {
            end--;
        }
        return folded.substring(start, end);
    }

    /**
     * True when the folded keyword occurs in the folded text at the start of a word, so "sipariş" matches
     * "Siparişim nerede?" (Turkish adds endings) but "kar" does not match "şikayet kargo".
     */
    public static boolean containsWordStart(String foldedText, String foldedKeyword) {
        if (foldedKeyword.isEmpty()) {
            return false;
        }
        int from = 0;
        while (true) {
            int at = foldedText.indexOf(foldedKeyword, from);
            if (at < 0) {
                return false;
            }
            if (at == 0 || !Character.isLetterOrDigit(foldedText.charAt(at - 1))) {
                return true;
            }
            from = at + 1;
        }
    }
}
