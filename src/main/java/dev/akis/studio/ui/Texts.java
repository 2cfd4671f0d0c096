package dev.akis.studio.ui;

import dev.akis.i18n.Languages;
import dev.akis.i18n.Messages;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;

/**
 * The studio's interface texts in the current interface language. The language can change while the studio is
 * open, so views bind to {@link #text(String, Object...)} instead of copying strings once.
 */
public final class Texts {

    public static final Messages BUNDLE = Messages.bundle("dev.akis.studio.studio");

    private final ObjectProperty<Locale> locale;

    public Texts(Locale initial) {
        this.locale = new SimpleObjectProperty<>(Languages.locale(Languages.normalize(initial)));
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public Locale locale() {
        return locale.get();
    }

    /** "tr" or "en". */
    public String language() {
        return Languages.normalize(locale.get());
    }

    public void setLanguage(String language) {
        locale.set(Languages.locale(Languages.normalize(language)));
    }

    public String get(String key, Object... args) {
        return BUNDLE.get(locale.get(), key, args);
    }

    /**
     * A text about a number of things, in its singular or plural form: {@code key.one} when {@code count} is 1,
     * else {@code key.other}; the count is argument {0}, then {@code args}. (Turkish uses the same noun form after
     * any number, so its two texts differ only where the sentence does.)
     */
    public String count(String key, long count, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = count;
        System.arraycopy(args, 0, all, 1, args.length);
        return get(key + (count == 1 ? ".one" : ".other"), all);
    }

    /** The text, or {@code fallback} when the bundle has no such key. */
    public String find(String key, String fallback) {
        String text = BUNDLE.find(locale.get(), key);
        return text == null ? fallback : text;
    }

    public boolean has(String key) {
        return BUNDLE.has(locale.get(), key);
    }

    /** A binding that follows the interface language. */
    public StringBinding text(String key, Object... args) {
        return Bindings.createStringBinding(() -> get(key, args), locale);
    }

    public void bind(Labeled labeled, String key, Object... args) {
        labeled.textProperty().bind(text(key, args));
    }

    public void bind(MenuItem item, String key, Object... args) {
        item.textProperty().bind(text(key, args));
    }

    public Tooltip tooltip(String key, Object... args) {
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(text(key, args));
        return tooltip;
    }
}
