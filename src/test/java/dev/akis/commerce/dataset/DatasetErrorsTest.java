package dev.akis.commerce.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.akis.flow.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A merchant edits the dataset file by hand and makes a mistake: the error names the file, line and column,
 * the section and row (with the id or order number a person recognises) and what is wrong.
 */
class DatasetErrorsTest {

    private static final Pattern POSITION = Pattern.compile("^shop\\.json:(\\d+):(\\d+): ");

    /** The default dataset as a JSON tree, changed by {@code edit}, written with one field per line. */
    private static String editedDefault(Consumer<ObjectNode> edit) throws Exception {
        ObjectNode root = DatasetWriter.tree(DatasetReader.readDefault());
        edit.accept(root);
        return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    private static DatasetException failure(String text) {
        return catchThrowableOfType(DatasetException.class, () -> new DatasetReader().read(text, "shop.json"));
    }

    /** Asserts the message starts with a position whose line holds {@code expectedOnLine}, and returns the rest. */
    private static String located(String text, DatasetException error, String expectedOnLine) {
        String message = error.problems().get(0).format("shop.json", Locale.ENGLISH);
        Matcher matcher = POSITION.matcher(message);
        assertThat(matcher.find()).as(message).isTrue();
        String line = text.split("\n", -1)[Integer.parseInt(matcher.group(1)) - 1];
        assertThat(line).as("line %s of the file", matcher.group(1)).contains(expectedOnLine);
        return message.substring(matcher.end());
    }

    private static ObjectNode order(ObjectNode root, int index) {
        return (ObjectNode) root.withArray("orders").get(index);
    }

    @Test
    void aLineReferringToAnUnknownVariantNamesTheOrderAndTheLine() throws Exception {
        String text = editedDefault(root -> {
            ObjectNode line = (ObjectNode) order(root, 12).withArray("lines").get(0);
            line.put("variantId", "v-999");
        });
        DatasetException error = failure(text);
        assertThat(error.problems()).hasSize(1);
        String lineId = "l-1013-1";
        assertThat(located(text, error, "\"v-999\""))
                .isEqualTo("orders[12] (order 1013): line \"" + lineId + "\" refers to unknown variant \"v-999\"");
    }

    @Test
    void theSameMistakeReadsInTurkish() throws Exception {
        String text = editedDefault(root -> ((ObjectNode) order(root, 12).withArray("lines").get(0)).put("variantId", "v-999"));
        String message = failure(text).format(Locale.forLanguageTag("tr-TR"));
        assertThat(message).matches("shop\\.json:\\d+:\\d+: orders\\[12\\] \\(sipariş 1013\\): "
                + "\"l-1013-1\" satırı bilinmeyen \"v-999\" varyantına bağlı");
    }

    @Test
    void aMissingFieldNamesTheMemberRow() throws Exception {
        String text = editedDefault(root -> ((ObjectNode) root.withArray("members").get(2)).remove("email"));
        // A missing field is pointed at where its row starts.
        assertThat(located(text, failure(text), "{"))
                .isEqualTo("members[2] (member m-003): missing \"email\"");
    }

    @Test
    void aWrongTypeNamesTheFieldInsideTheRow() throws Exception {
        String text = editedDefault(root ->
                ((ObjectNode) order(root, 3).withArray("lines").get(0)).put("quantity", "two"));
        assertThat(located(text, failure(text), "\"two\""))
                .isEqualTo("orders[3] (order 1004): lines[0]: \"quantity\" must be a whole number");
    }

    @Test
    void aPhoneNotInE164IsRefused() throws Exception {
        String text = editedDefault(root -> ((ObjectNode) root.withArray("members").get(4)).put("phone", "0532 111 22 33"));
        assertThat(located(text, failure(text), "0532 111 22 33"))
                .isEqualTo("members[4] (member m-005): phone \"0532 111 22 33\" is not in E.164 form such as \"+905321234567\"");
    }

    @Test
    void duplicateIdsNameBothRows() throws Exception {
        String text = editedDefault(root -> ((ObjectNode) root.withArray("members").get(7)).put("id", "m-002"));
        assertThat(located(text, failure(text), "\"m-002\""))
                .isEqualTo("members[7] (member m-002): id \"m-002\" is already used by members[1]");
    }

    @Test
    void anOrderOfAnUnknownMemberIsRefused() throws Exception {
        String text = editedDefault(root -> order(root, 0).put("memberId", "m-404"));
        assertThat(located(text, failure(text), "m-404"))
                .isEqualTo("orders[0] (order 1001): member \"m-404\" does not exist");
    }

    @Test
    void aPackageHoldingALineOfAnotherOrderIsRefused() throws Exception {
        String text = editedDefault(root -> {
            ArrayNode lineIds = ((ObjectNode) order(root, 0).withArray("packages").get(0)).withArray("lineIds");
            lineIds.add("l-1002-1");
        });
        assertThat(located(text, failure(text), "l-1002-1"))
                .isEqualTo("orders[0] (order 1001): packages[0]: line \"l-1002-1\" is not a line of this order");
    }

    @Test
    void aParcelOfAnUnknownCarrierIsRefused() throws Exception {
        String text = editedDefault(root -> ((ObjectNode) root.withArray("parcels").get(0)).put("carrier", "KARGOIST"));
        String rest = located(text, failure(text), "KARGOIST");
        assertThat(rest).startsWith("parcels[0] (parcel KARGOIST ")
                .contains("unknown carrier \"KARGOIST\" (known: YURTICI_KARGO, ARAS_KARGO, MNG_KARGO");
    }

    @Test
    void badDatesSayWhatTheyShouldLookLike() throws Exception {
        String text = editedDefault(root -> {
            order(root, 5).put("orderedAt", "25.11.2026 14:00");
            ((ObjectNode) root.withArray("parcels").get(1)).put("estimatedDelivery", "2026-13-01");
        });
        DatasetException error = failure(text);
        assertThat(error.format(Locale.ENGLISH))
                .contains("orders[5] (order 1006): \"orderedAt\" must be a UTC date and time such as "
                        + "\"2026-11-25T09:00:00Z\", not \"25.11.2026 14:00\"")
                .contains("\"estimatedDelivery\" must be a date such as \"2026-11-25\", not \"2026-13-01\"");
    }

    @Test
    void anUnknownIkasStatusListsTheKnownOnes() throws Exception {
        String text = editedDefault(root -> order(root, 2).put("status", "SHIPPED"));
        assertThat(located(text, failure(text), "SHIPPED"))
                .startsWith("orders[2] (order 1003): \"SHIPPED\" is not an İkas OrderStatusEnum value (known: CANCELLED, CREATED");
    }

    @Test
    void aMisspelledFieldIsNotSilentlyIgnored() throws Exception {
        String text = editedDefault(root -> {
            ObjectNode pkg = (ObjectNode) order(root, 0).withArray("packages").get(0);
            pkg.set("trackingNumbr", pkg.remove("trackingNumber"));
        });
        assertThat(failure(text).format(Locale.ENGLISH)).contains("orders[0] (order 1001): packages[0]: unknown field \"trackingNumbr\"");
    }

    @Test
    void everyProblemOfTheFileIsReportedAtOnce() throws Exception {
        String text = editedDefault(root -> {
            order(root, 0).put("memberId", "m-404");
            order(root, 1).put("paymentStatus", "MAYBE");
            ((ObjectNode) root.withArray("members").get(0)).put("email", "not-an-address");
        });
        assertThat(failure(text).problems()).hasSize(3);
    }

    @Test
    void brokenJsonNamesLineAndColumn() {
        String text = "{\n  \"referenceTime\": \"2026-11-25T09:00:00Z\",\n  \"members\": [ {\"id\": \"m-1\",, } ]\n}\n";
        DatasetException error = failure(text);
        assertThat(error.getMessage()).startsWith("shop.json:3:").contains("invalid JSON");
    }

    @Test
    void aFileFromANewerAkisIsRefusedWithItsVersion() {
        assertThatThrownBy(() -> new DatasetReader().read("{\"version\": 9}", "shop.json"))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("format version 9");
    }

    @Test
    void aFileThatIsNotUtf8IsReportedNotGarbled(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("latin5.json");
        Files.write(file, "{\"shop\": {\"name\": \"Moda Rüzgarı\"}}".getBytes("ISO-8859-9"));
        assertThatThrownBy(() -> new DatasetReader().read(file))
                .hasMessage(file + ":1:26: the file is not UTF-8 text here; save it as UTF-8 in your editor and try again");
    }

    @Test
    void theDefaultDatasetSurvivesWriteAndReadUnchanged(@TempDir Path folder) throws Exception {
        ShopDataset original = DatasetReader.readDefault();
        Path file = folder.resolve("copy.json");
        new DatasetWriter().write(original, file);
        ShopDataset copy = new DatasetReader().read(file);
        assertThat(copy).isEqualTo(original);
        String shipped = new String(DatasetReader.class.getResourceAsStream(DatasetReader.DEFAULT_RESOURCE).readAllBytes(),
                StandardCharsets.UTF_8);
        assertThat(Files.readString(file)).isEqualTo(shipped);
    }
}
