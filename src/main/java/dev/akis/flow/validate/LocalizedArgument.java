package dev.akis.flow.validate;

import java.util.Locale;

/**
 * A message argument that reads differently per language (a setting's label, a port's label, a language name).
 * {@link Problem#message(Locale)} renders such arguments in the reader's language, so one problem can be shown
 * in Turkish and English alike.
 */
public interface LocalizedArgument {

    String text(Locale locale);
}
