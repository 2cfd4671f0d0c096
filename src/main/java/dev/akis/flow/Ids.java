package dev.akis.flow;

import java.util.regex.Pattern;

/**
 * The characters ids of blocks, entry points and notes may have: letters (any alphabet, with their accents),
 * digits and {@code _ - . :}. The studio makes ids of this kind ({@code getMember_2}) and every sample keeps to
 * them; anything else (spaces, line breaks, quotes, slashes) would break one-line reports and references in other
 * tools, so the linter reports it ({@code invalid-id}).
 */
public final class Ids {

    public static final Pattern PATTERN = Pattern.compile("[\\p{L}\\p{M}\\p{N}_.:\\-]+");

    private Ids() {
    }

    public static boolean isValid(String id) {
        return id != null && PATTERN.matcher(id).matches();
    }

    /** The first code point of {@code id} an id may not have, or -1 when there is none. */
    public static int firstBadCharacter(String id) {
        for (int i = 0; i < id.length(); ) {
            int c = id.codePointAt(i);
            if (!PATTERN.matcher(new String(Character.toChars(c))).matches()) {
                return c;
            }
            i += Character.charCount(c);
        }
        return -1;
    }
}
