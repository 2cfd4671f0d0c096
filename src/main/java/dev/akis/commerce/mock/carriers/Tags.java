package dev.akis.commerce.mock.carriers;

import dev.akis.commerce.carriers.Xml;

/** Writes the small XML fragments of the mock SOAP answers. */
final class Tags {

    private Tags() {
    }

    /** {@code <name>text</name>}, the text escaped; an empty text gives an empty element. */
    static String el(String name, String text) {
        if (text == null || text.isEmpty()) {
            return "<" + name + "/>";
        }
        return "<" + name + ">" + Xml.escape(text) + "</" + name + ">";
    }
}
