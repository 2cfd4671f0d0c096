package dev.akis.studio.support;

import dev.akis.blocks.BlockCatalog;
import dev.akis.blocks.BlockType;
import dev.akis.blocks.PortNeed;
import dev.akis.blocks.PortSpec;
import dev.akis.flow.Block;
import dev.akis.flow.Connection;
import dev.akis.flow.EntryPoint;
import dev.akis.flow.FlowDocument;
import dev.akis.flow.validate.FlowLinter;
import dev.akis.flow.validate.Problem;
import dev.akis.flow.validate.ProblemCode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The real linter plus three tiny rules of the tests' own (empty required settings, unconnected required outputs,
 * unreachable blocks), so the
 * studio's problem handling can be tested before the real linter lands; once it does, its findings come too.
 */
public final class TestLinting {

    private static final BlockCatalog CATALOG = BlockCatalog.standard();
    private static final FlowLinter REAL = new FlowLinter(CATALOG);

    private TestLinting() {
    }

    public static List<Problem> lint(FlowDocument document) {
        List<Problem> problems = new ArrayList<>(REAL.lint(document));
        for (Block block : document.blocks()) {
            BlockType type = CATALOG.find(block.type()).orElse(null);
            if (type == null) {
                continue;
            }
            for (dev.akis.blocks.FieldSpec field : type.fields()) {
                var value = block.config().get(field.key());
                boolean empty = value == null || value.isNull() || (value.isTextual() && value.asText().isBlank());
                if (field.required() && field.appliesTo(block.config(), type) && empty && field.defaultValue() == null) {
                    add(problems, new Problem(ProblemCode.MISSING_REQUIRED_FIELD, block.id(), field.key(), new Object[] {field.key()}));
                }
            }
            for (PortSpec port : type.ports(block)) {
                if (port.need() == PortNeed.REQUIRED && document.target(block.id(), port.id()).isEmpty()) {
                    add(problems, new Problem(ProblemCode.REQUIRED_PORT_UNCONNECTED, block.id(), null, new Object[] {port.id()}));
                }
            }
        }
        Set<String> reached = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        for (EntryPoint entry : document.entryPoints()) {
            if (entry.target() != null && reached.add(entry.target())) {
                queue.add(entry.target());
            }
        }
        while (!queue.isEmpty()) {
            String id = queue.poll();
            for (Connection connection : document.outgoing(id)) {
                if (reached.add(connection.to())) {
                    queue.add(connection.to());
                }
            }
            document.block(id).flatMap(b -> CATALOG.find(b.type()).map(t -> t.referencedBlocks(b))).orElse(List.of())
                    .forEach(target -> {
                        if (reached.add(target)) {
                            queue.add(target);
                        }
                    });
        }
        for (Block block : document.blocks()) {
            if (!reached.contains(block.id())) {
                add(problems, new Problem(ProblemCode.UNREACHABLE_BLOCK, block.id(), null, new Object[0]));
            }
        }
        return problems;
    }

    private static void add(List<Problem> problems, Problem problem) {
        boolean known = problems.stream().anyMatch(p -> p.code() == problem.code()
                && java.util.Objects.equals(p.elementId(), problem.elementId())
                && java.util.Objects.equals(p.field(), problem.field()));
        if (!known) {
            problems.add(problem);
        }
    }
}
