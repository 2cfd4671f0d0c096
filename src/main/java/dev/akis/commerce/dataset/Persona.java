package dev.akis.commerce.dataset;

/**
 * A one-line description of a member for the simulator's customer picker, in Turkish and English
 * ("3 sipariş: biri Yurtiçi Kargo'da gecikmiş").
 */
public record Persona(String tr, String en) {

    /** The text in the given language ("tr" or anything else for English). */
    public String in(String language) {
        return "tr".equals(language) ? tr : en;
    }
}
