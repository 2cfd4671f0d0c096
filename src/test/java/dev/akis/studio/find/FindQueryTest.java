package dev.akis.studio.find;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akis.blocks.BlockCatalog;
import dev.akis.flow.FlowDocument;
import dev.akis.flow.validate.FlowLinter;
import dev.akis.flow.validate.Problem;
import dev.akis.studio.support.SampleFlows;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class FindQueryTest {

    private final BlockCatalog catalog = BlockCatalog.standard();

    private List<String> find(FlowDocument flow, String query) {
        List<Problem> problems = new FlowLinter(catalog).lint(flow);
        Function<String, List<Problem>> of = id -> problems.stream().filter(p -> id.equals(p.elementId())).toList();
        return FindQuery.parse(query).search(flow, catalog, of, Locale.ENGLISH);
    }

    @Test
    void wordsMatchTitlesInEitherLanguageWithoutMindingTurkishLetters() {
        FlowDocument flow = SampleFlows.orderLookup();
        assertThat(find(flow, "gecikme")).containsExactly("msg_delayed");
        assertThat(find(flow, "ozru")).containsExactly("msg_delayed");
        assertThat(find(flow, "UYEYI")).containsExactly("get_member");
    }

    @Test
    void typeFilterTakesTheIdOrTheNameOfTheBlockType() {
        FlowDocument flow = SampleFlows.orderLookup();
        assertThat(find(flow, "type:getMember")).containsExactly("get_member");
        assertThat(find(flow, "type:sendmessage")).hasSize(6);
        assertThat(find(flow, "type:sendMessage edildi")).containsExactly("msg_delivered");
    }

    @Test
    void unreachableFindsTheBlocksNoConversationReaches() {
        FlowDocument flow = SampleFlows.orderLookup().toBuilder()
                .block(SampleFlows.message("orphan", "Kimsesiz", "Orphan", "Merhaba", "Hello"))
                .position("orphan", 0, 800).build();
        assertThat(find(flow, "is:unreachable")).containsExactly("orphan");
        assertThat(find(flow, "is:invalid")).doesNotContain("orphan");
    }

    @Test
    void anEmptyQueryFindsNothing() {
        assertThat(find(SampleFlows.orderLookup(), "   ")).isEmpty();
    }
}
