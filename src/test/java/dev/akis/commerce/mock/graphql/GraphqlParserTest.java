package dev.akis.commerce.mock.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akis.commerce.mock.graphql.GraphqlDocument.Field;
import dev.akis.commerce.mock.graphql.GraphqlDocument.Operation;
import dev.akis.flow.Json;
import org.junit.jupiter.api.Test;

/** The mock server reads the GraphQL documents real clients send, and says clearly what it does not read. */
class GraphqlParserTest {

    @Test
    void aNamedQueryWithVariablesDefaultsAliasesAndNestedSelectionsIsRead() throws Exception {
        GraphqlDocument document = GraphqlParser.parse("""
                # find orders
                query Orders($customerId: StringFilterInput!, $pagination: PaginationInput = {page: 1, limit: 10}) {
                  recent: listOrder(customerId: $customerId, sort: "-orderedAt", pagination: $pagination) {
                    count
                    data { id orderPackages { trackingInfo { trackingNumber } } }
                  }
                }
                """);
        Operation operation = document.operations().get(0);
        assertThat(operation.name()).isEqualTo("Orders");
        assertThat(operation.variables()).extracting(GraphqlDocument.VariableDefinition::type)
                .containsExactly("StringFilterInput!", "PaginationInput");
        Field field = operation.selections().get(0);
        assertThat(field.responseKey()).isEqualTo("recent");
        assertThat(field.name()).isEqualTo("listOrder");
        assertThat(field.line()).isEqualTo(3);
        assertThat(field.selections().get(1).selections().get(1).selections().get(0).selections().get(0).name())
                .isEqualTo("trackingNumber");

        JsonNode variables = Json.MAPPER.readTree("{\"customerId\": {\"eq\": \"m-001\"}}");
        GraphqlValues values = GraphqlValues.of(operation, variables);
        assertThat(values.resolve(field.arguments().get("customerId")).at("/eq").asText()).isEqualTo("m-001");
        assertThat(values.resolve(field.arguments().get("pagination")).at("/limit").asInt()).isEqualTo(10);
        assertThat(values.resolve(field.arguments().get("sort")).asText()).isEqualTo("-orderedAt");
    }

    @Test
    void stringsWithEscapesAndBlockStringsAreDecoded() throws Exception {
        Field field = GraphqlParser.parse("{ a(x: \"Ayşe \\\"A\\\" \\u00e7\", y: \"\"\"  çok\n satır  \"\"\", z: [1, 2.5, true, null, ENUM]) { b } }")
                .operations().get(0).selections().get(0);
        GraphqlValues values = GraphqlValues.of(new Operation("query", null, java.util.List.of(), java.util.List.of(), 1, 1), null);
        assertThat(values.resolve(field.arguments().get("x")).asText()).isEqualTo("Ayşe \"A\" ç");
        assertThat(values.resolve(field.arguments().get("y")).asText()).isEqualTo("çok\n satır");
        assertThat(values.resolve(field.arguments().get("z")).toString()).isEqualTo("[1,2.5,true,null,\"ENUM\"]");
    }

    @Test
    void aMissingRequiredVariableIsRefused() throws Exception {
        Operation operation = GraphqlParser.parse("query Q($email: String!) { listCustomer { count } }").operations().get(0);
        GraphqlError error = catchThrowableOfType(GraphqlError.class, () -> GraphqlValues.of(operation, null));
        assertThat(error.getMessage()).isEqualTo("Variable \"$email\" of required type \"String!\" was not provided.");
        assertThat(error.code()).isEqualTo("GRAPHQL_VALIDATION_FAILED");
    }

    @Test
    void syntaxErrorsNameTheirPosition() {
        GraphqlError error = catchThrowableOfType(GraphqlError.class, () -> GraphqlParser.parse("{\n  listOrder(id: ) { id }\n}"));
        assertThat(error.code()).isEqualTo("GRAPHQL_PARSE_FAILED");
        assertThat(error.getMessage()).isEqualTo("Syntax Error: Unexpected \")\".");
        assertThat(error.line()).isEqualTo(2);
        assertThat(error.column()).isEqualTo(17);
    }

    @Test
    void fragmentsAndDirectivesAreRefusedRatherThanIgnored() {
        assertThat(catchThrowableOfType(GraphqlError.class,
                () -> GraphqlParser.parse("{ listOrder { ...F } } fragment F on Order { id }")).getMessage())
                .contains("Fragments are not supported");
        assertThat(catchThrowableOfType(GraphqlError.class,
                () -> GraphqlParser.parse("{ listOrder @include(if: true) { count } }")).getMessage())
                .contains("Directives are not supported");
    }
}
