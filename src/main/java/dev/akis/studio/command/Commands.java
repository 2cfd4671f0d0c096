package dev.akis.studio.command;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akis.blocks.BlockType;
import dev.akis.blocks.FieldSpec;
import dev.akis.flow.Block;
import dev.akis.flow.Connection;
import dev.akis.flow.EntryPoint;
import dev.akis.flow.FlowDocument;
import dev.akis.flow.LocalizedText;
import dev.akis.flow.NoteBounds;
import dev.akis.flow.Point;
import dev.akis.flow.PropertyDeclaration;
import dev.akis.flow.StickyNote;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** The named commands of the studio; each one wraps an operation of {@link FlowEdits}. */
public final class Commands {

    private Commands() {
    }

    public static Command addBlock(BlockType type, Block block, Point position) {
        return Edit.of("command.addBlock", d -> FlowEdits.addBlock(d, block, position), localized(type::name));
    }

    public static Command delete(Collection<String> ids) {
        List<String> copy = List.copyOf(ids);
        return Edit.of("command.delete", d -> FlowEdits.deleteElements(d, copy), copy.size());
    }

    public static Command cut(Collection<String> ids) {
        List<String> copy = List.copyOf(ids);
        return Edit.of("command.cut", d -> FlowEdits.deleteElements(d, copy), copy.size());
    }

    public static Command disconnect(Connection connection) {
        return Edit.of("command.disconnect", d -> FlowEdits.disconnect(d, connection));
    }

    /** Removes the connection leaving a block through a port (Ctrl+L with "(none)"). */
    public static Command disconnectPort(String from, String port) {
        return Edit.of("command.disconnect", d -> FlowEdits.disconnectPort(d, from, port));
    }

    public static Command move(Map<String, Point> positions) {
        Map<String, Point> copy = Map.copyOf(positions);
        return Edit.of("command.move", d -> FlowEdits.moveElements(d, copy), copy.size());
    }

    /** A keyboard nudge; nudges with the same key merge into one step. */
    public static Command nudge(Map<String, Point> positions, Object mergeKey) {
        Map<String, Point> copy = Map.copyOf(positions);
        return Edit.of("command.move", d -> FlowEdits.moveElements(d, copy), copy.size()).mergingWith(mergeKey);
    }

    public static Command connect(String from, String port, String to, Function<Locale, String> portLabel) {
        return Edit.of("command.connect", d -> FlowEdits.connect(d, from, port, to), localized(portLabel), to);
    }

    /** Moves the far end of a connection to another block ("Reconnect “found” → select_order"). */
    public static Command reconnect(Connection connection, String newTarget, Function<Locale, String> portLabel) {
        return Edit.of("command.reconnect", d -> FlowEdits.reconnect(d, connection, newTarget), localized(portLabel),
                newTarget);
    }

    public static Command setEntryTarget(String entryId, String target) {
        return Edit.of("command.entryTarget", d -> FlowEdits.setEntryTarget(d, entryId, target));
    }

    public static Command setField(String blockId, BlockType type, FieldSpec field, JsonNode value, Object mergeKey) {
        return Edit.of("command.editField", d -> FlowEdits.setConfigValue(d, blockId, field.key(), value),
                localized(locale -> type.fieldLabel(field, locale))).mergingWith(mergeKey);
    }

    public static Command setTitle(String blockId, LocalizedText title, Object mergeKey) {
        return Edit.of("command.editTitle", d -> FlowEdits.setTitle(d, blockId, title)).mergingWith(mergeKey);
    }

    /** A paste computed beforehand (so the caller knows the new ids to select). */
    public static Command paste(FlowDocument before, FlowDocument after, int count, String key) {
        return Edit.of(key, d -> d == before ? after : d, count);
    }

    public static Command arrange(Map<String, Point> positions) {
        Map<String, Point> copy = Map.copyOf(positions);
        return Edit.of("command.tidy", d -> FlowEdits.moveElements(d, copy));
    }

    public static Command align(Map<String, Point> positions) {
        Map<String, Point> copy = Map.copyOf(positions);
        return Edit.of("command.align", d -> FlowEdits.moveElements(d, copy), copy.size());
    }

    public static Command addNote(StickyNote note, NoteBounds bounds) {
        return Edit.of("command.addNote", d -> FlowEdits.addNote(d, note, bounds));
    }

    public static Command editNote(String noteId, UnaryOperator<StickyNote> change, Object mergeKey) {
        return Edit.of("command.editNote", d -> FlowEdits.updateNote(d, noteId, change)).mergingWith(mergeKey);
    }

    public static Command resizeNote(String noteId, NoteBounds bounds) {
        return Edit.of("command.resizeNote", d -> FlowEdits.setNoteBounds(d, noteId, bounds));
    }

    public static Command setFlowName(LocalizedText name, Object mergeKey) {
        return Edit.of("command.flowName", d -> d.name().equals(name) ? d : d.withName(name)).mergingWith(mergeKey);
    }

    public static Command setFlowDescription(LocalizedText description, Object mergeKey) {
        return Edit.of("command.flowDescription", d -> d.description().equals(description) ? d
                : d.toBuilder().description(description).build()).mergingWith(mergeKey);
    }

    public static Command setLanguages(String defaultLanguage, List<String> languages) {
        List<String> copy = List.copyOf(languages);
        return Edit.of("command.languages", d -> d.defaultLanguage().equals(defaultLanguage) && d.languages().equals(copy)
                ? d : d.withLanguages(defaultLanguage, copy));
    }

    public static Command setEntryPoints(List<EntryPoint> entries, Object mergeKey) {
        List<EntryPoint> copy = List.copyOf(entries);
        return Edit.of("command.entryPoints", d -> d.entryPoints().equals(copy) ? d : d.withEntryPoints(copy))
                .mergingWith(mergeKey);
    }

    public static Command setProperties(List<PropertyDeclaration> properties, Object mergeKey) {
        List<PropertyDeclaration> copy = List.copyOf(properties);
        return Edit.of("command.properties", d -> d.properties().equals(copy) ? d : d.withProperties(copy))
                .mergingWith(mergeKey);
    }

    private static Function<Locale, Object> localized(Function<Locale, String> text) {
        return text::apply;
    }
}
