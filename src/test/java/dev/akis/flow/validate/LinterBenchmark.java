package dev.akis.flow.validate;

import static dev.akis.flow.SampleFlows.block;
import static dev.akis.flow.SampleFlows.choiceQuestion;
import static dev.akis.flow.SampleFlows.message;

import dev.akis.blocks.BlockCatalog;
import dev.akis.flow.EntryPoint;
import dev.akis.flow.FlowDocument;
import dev.akis.flow.SampleFlows;
import java.util.Arrays;

/**
 * How long the linter takes on a 5,000-block flow, as the studio runs it on every edit (target: well under
 * 100 ms). A benchmark, not a test: run it by hand, e.g.
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) dev.akis.flow.validate.LinterBenchmark}.
 */
public final class LinterBenchmark {

    private LinterBenchmark() {
    }

    public static void main(String[] args) {
        int sections = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        FlowDocument flow = flow(sections);
        FlowLinter linter = new FlowLinter(BlockCatalog.standard());
        int problems = 0;
        for (int i = 0; i < 30; i++) {
            problems = linter.lint(flow).size();
        }
        long[] millis = new long[50];
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            linter.lint(flow);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf("%d blocks, %d connections, %d problems: median %d ms, max %d ms%n",
                flow.blocks().size(), flow.connections().size(), problems, millis[millis.length / 2],
                millis[millis.length - 1]);
    }

    /** A menu with {@code sections} branches of five blocks each: question, lookup, message, jump back. */
    static FlowDocument flow(int sections) {
        String[] options = new String[sections];
        for (int i = 0; i < sections; i++) {
            options[i] = "o" + i;
        }
        FlowDocument.Builder builder = SampleFlows.flow("large")
                .entryPoint(EntryPoint.anyMessage("start", "menu"))
                .block(choiceQuestion("menu", "list", options));
        for (int i = 0; i < sections; i++) {
            String s = "s" + i;
            builder.block(block("askQuestion", s + "_ask")
                            .withConfigValue("inputType", SampleFlows.text("email"))
                            .withConfigValue("property", SampleFlows.text("contact.email")))
                    .block(block("getMember", s + "_member"))
                    .block(message(s + "_found", "Merhaba {member.firstName}", "Hello {member.firstName}"))
                    .block(message(s + "_missing", "Bulamadık", "Not found"))
                    .block(block("jump", s + "_back").withConfigValue("target", SampleFlows.text("menu")))
                    .connect("menu", "choice:o" + i, s + "_ask")
                    .connect(s + "_ask", "answered", s + "_member")
                    .connect(s + "_ask", "gaveUp", s + "_back")
                    .connect(s + "_member", "found", s + "_found")
                    .connect(s + "_member", "notFound", s + "_missing")
                    .connect(s + "_member", "error", s + "_back")
                    .connect(s + "_found", "next", s + "_back")
                    .connect(s + "_missing", "next", s + "_back");
        }
        return builder.build();
    }
}
