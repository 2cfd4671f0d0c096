package dev.akis.commerce.carriers;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * An extra condition on a mapping row (a reason code, a return flag, words in the carrier's text), with a
 * human-readable description so the tables can be printed and tests can name the row they exercise.
 */
public final class Condition {

    private static final Condition ALWAYS = new Condition("", raw -> true);

    private final String description;
    private final Predicate<RawStatus> test;

    private Condition(String description, Predicate<RawStatus> test) {
        this.description = description;
        this.test = test;
    }

    public static Condition always() {
        return ALWAYS;
    }

    /** The attribute equals one of the values (compared as written, after trimming). */
    public static Condition attribute(String name, String... values) {
        List<String> accepted = List.of(values);
        return new Condition(name + " " + oneOf(accepted), raw -> accepted.contains(raw.attribute(name)));
    }

    /** The attribute is present and is none of the ignored values ("a reason other than 'no problem'"). */
    public static Condition attributeOtherThan(String name, String... ignored) {
        List<String> skipped = Arrays.stream(ignored).map(TextFold::fold).toList();
        return new Condition(name + " set and not " + oneOf(List.of(ignored)), raw -> {
            String value = raw.attribute(name);
            return !value.isEmpty() && !skipped.contains(TextFold.fold(value));
        });
    }

    /** The attribute equals one of the texts, ignoring case and Turkish letters. */
    public static Condition attributeText(String name, String... texts) {
        List<String> folded = Arrays.stream(texts).map(TextFold::fold).toList();
        return new Condition(name + " " + oneOf(List.of(texts)), raw -> folded.contains(TextFold.fold(raw.attribute(name))));
    }

    /** The carrier's text equals one of these, ignoring case and Turkish letters. */
    public static Condition textIs(String... texts) {
        List<String> folded = Arrays.stream(texts).map(TextFold::fold).toList();
        return new Condition("text " + oneOf(List.of(texts)), raw -> folded.contains(TextFold.fold(raw.text())));
    }

    /** The carrier's text contains one of these fragments, ignoring case and Turkish letters. */
    public static Condition textContains(String... fragments) {
        List<String> folded = Arrays.stream(fragments).map(TextFold::fold).toList();
        return new Condition("text contains " + anyOf(List.of(fragments)), raw -> {
            String text = TextFold.fold(raw.text());
            return folded.stream().anyMatch(text::contains);
        });
    }

    /** The carrier's text starts with this prefix, ignoring case and Turkish letters. */
    public static Condition textStartsWith(String prefix) {
        String folded = TextFold.fold(prefix);
        return new Condition("text starts with '" + prefix + "'", raw -> TextFold.fold(raw.text()).startsWith(folded));
    }

    public Condition and(Condition other) {
        Objects.requireNonNull(other, "other");
        if (this == ALWAYS) {
            return other;
        }
        if (other == ALWAYS) {
            return this;
        }
        return new Condition(description + " and " + other.description, raw -> test.test(raw) && other.test.test(raw));
    }

    public boolean test(RawStatus raw) {
        return test.test(raw);
    }

    public boolean isAlways() {
        return this == ALWAYS;
    }

    public String description() {
        return description;
    }

    @Override
    public String toString() {
        return description;
    }

    private static String anyOf(List<String> values) {
        String quoted = values.stream().map(v -> "'" + v + "'").collect(Collectors.joining(", "));
        return values.size() == 1 ? quoted : "one of [" + quoted + "]";
    }

    private static String oneOf(List<String> values) {
        String quoted = values.stream().map(v -> "'" + v + "'").collect(Collectors.joining(", "));
        return values.size() == 1 ? "= " + quoted : "in [" + quoted + "]";
    }
}
