package dev.akis.flow;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The rule for property names ({@code contact.email}, {@code member.firstName}): dotted words of English letters
 * a–z and A–Z, digits and {@code _}, each word starting with a letter or {@code _}. Runtimes match placeholders
 * with exactly this rule, so it stays ASCII (see docs/decisions/0113); this class also says what is wrong with a
 * name that breaks it and suggests one that keeps it ("müşteri.adı" → "musteri.adi").
 */
public final class PropertyNames {

    /** One valid name, without braces. */
    public static final String REGEX = "[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*";
    public static final Pattern PATTERN = Pattern.compile(REGEX);

    /** What the suggestion falls back to when no close valid name can be made. */
    public static final String EXAMPLE = "member.firstName";

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-]+");

    /** Why a name breaks the rule, most telling reason first. */
    public enum Flaw {
        /** Nothing (or only spaces) where the name should be. */
        EMPTY,
        /** Letters outside a–z and A–Z, such as Turkish ş, ı, ü. */
        NON_ENGLISH_LETTERS,
        /** Spaces inside or around the name. */
        SPACES,
        /** Anything else: a hyphen, a word starting with a digit, an empty word between dots. */
        SHAPE
    }

    private PropertyNames() {
    }

    public static boolean isValid(String name) {
        return name != null && PATTERN.matcher(name).matches();
    }

    /** Why {@code name} is not a valid property name, or null when it is one. */
    public static Flaw flaw(String name) {
        if (isValid(name)) {
            return null;
        }
        if (name == null || name.isBlank()) {
            return Flaw.EMPTY;
        }
        boolean spaces = false;
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            if (Character.isLetter(c) && !(c < 128)) {
                return Flaw.NON_ENGLISH_LETTERS;
            }
            if (Character.getType(c) == Character.NON_SPACING_MARK || Character.getType(c) == Character.COMBINING_SPACING_MARK) {
                return Flaw.NON_ENGLISH_LETTERS;
            }
            spaces |= Character.isWhitespace(c) || Character.isSpaceChar(c);
            i += Character.charCount(c);
        }
        return spaces ? Flaw.SPACES : Flaw.SHAPE;
    }

    /**
     * A valid name close to {@code name}: Turkish and other accented letters written without their marks
     * (ş → s, ı → i, ü → u), spaces and hyphens inside words turned into {@code _}, spaces around the name
     * dropped. {@link #EXAMPLE} when no such name can be made.
     */
    public static String suggestion(String name) {
        if (name == null || name.isBlank()) {
            return EXAMPLE;
        }
        StringBuilder folded = new StringBuilder(name.length());
        for (char c : name.strip().toCharArray()) {
            folded.append(switch (c) {
                case 'ı' -> 'i';
                case 'İ' -> 'I';
                default -> c;
            });
        }
        String plain = MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFD)).replaceAll("");
        plain = plain.replace('ß', 's').replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("Æ", "AE")
                .replace("œ", "oe").replace("Œ", "OE").replace("ł", "l").replace("Ł", "L").replace("đ", "d")
                .replace("Đ", "D");
        StringBuilder words = new StringBuilder(plain.length());
        for (String word : plain.split("\\.", -1)) {
            if (words.length() > 0) {
                words.append('.');
            }
            words.append(SEPARATORS.matcher(word.strip()).replaceAll("_"));
        }
        String candidate = words.toString();
        return isValid(candidate) ? candidate : EXAMPLE;
    }
}
