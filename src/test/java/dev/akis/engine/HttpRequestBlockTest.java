package dev.akis.engine;

import static dev.akis.testing.TestFlows.block;
import static org.assertj.core.api.Assertions.assertThat;

import dev.akis.engine.message.OutgoingMessage;
import dev.akis.engine.trace.CallOutcome;
import dev.akis.engine.trace.ServiceCall;
import dev.akis.flow.FlowDocument;
import dev.akis.sim.SimulatedConversation;
import dev.akis.testing.Conversations;
import dev.akis.testing.InMemoryEnvironment;
import dev.akis.testing.TestFlows;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP Request block against a loopback server. */
class HttpRequestBlockTest {

    private final InMemoryEnvironment environment = new InMemoryEnvironment();
    private MockWebServer server;

    @BeforeEach
    void startServer() throws Exception {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private FlowDocument loyaltyLookup(String timeout) {
        String url = server.url("/api/loyalty").toString();
        return TestFlows.flow("http", "set")
                .block(block("set", "setProperty", "{'assignments': [{'property': 'note', 'value': 'Ayşe \\\"VIP\\\" müşteri'}]}"))
                .block(block("call", "httpRequest", "{'method': 'POST', 'url': '" + url + "/{contact.phone}?src={contact.name}',"
                        + " 'headers': [{'name': 'X-Api-Key', 'value': 'secret-{conversation.channel}'}],"
                        + " 'body': '{\\\"phone\\\": \\\"{contact.phone}\\\", \\\"note\\\": \\\"{note}\\\"}',"
                        + " 'timeout': '" + timeout + "',"
                        + " 'responseMappings': [{'path': '/data/points', 'property': 'loyalty.points'},"
                        + "  {'path': '/data/tier', 'property': 'loyalty.tier'}, {'path': '/data/missing', 'property': 'loyalty.other'}]}"))
                .block(block("ok", "sendMessage", "{'text': {'tr': '{loyalty.tier} üyesiniz, {loyalty.points} puanınız var.'}}"))
                .block(block("error", "sendMessage", "{'text': {'tr': 'Puanınıza ulaşamadım (HTTP {http.status}).'}}"))
                .block(block("stay", "wait"))
                .connect("set", "next", "call")
                .connect("call", "ok", "ok")
                .connect("call", "error", "error")
                .connect("ok", "next", "stay")
                .connect("error", "next", "stay")
                .build();
    }

    private static List<String> texts(TurnResult result) {
        return result.messages().stream().map(OutgoingMessage::text).toList();
    }

    @Test
    void aSuccessfulCallSendsTheTemplatedRequestAndCopiesValuesFromTheReply() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                .body("{\"data\": {\"points\": 1250, \"tier\": \"Altın\"}}").build());
        SimulatedConversation chat = Conversations.ayse(loyaltyLookup("PT5S"), environment);
        TurnResult result = chat.say("puanım kaç");

        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/loyalty/%2B905321234567");
        assertThat(request.getUrl().queryParameter("src")).isEqualTo("Ayşe Yılmaz");
        assertThat(request.getHeaders().get("X-Api-Key")).isEqualTo("secret-simulator");
        assertThat(request.getBody().utf8()).isEqualTo("{\"phone\": \"+905321234567\", \"note\": \"Ayşe \\\"VIP\\\" müşteri\"}");
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");

        assertThat(texts(result)).containsExactly("Altın üyesiniz, 1250 puanınız var.");
        assertThat(chat.state().properties()).containsEntry("http.status", "200").containsEntry("loyalty.points", "1250")
                .doesNotContainKey("loyalty.other");
        assertThat(result.trace().hasProblem("httpValueMissing")).isTrue();
        ServiceCall call = result.trace().serviceCalls().get(0);
        assertThat(call.service()).isEqualTo("http");
        assertThat(call.outcome()).isEqualTo(CallOutcome.OK);
        assertThat(call.detail()).endsWith("/api/loyalty/%2B905321234567").doesNotContain("src=");
    }

    @Test
    void anAbsurdlyLargeNumberInTheReplyKeepsItsExponentInsteadOfExhaustingMemory() {
        server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                .body("{\"data\": {\"points\": 1e1000000000, \"tier\": \"Altın\"}}").build());
        TurnResult result = Conversations.ayse(loyaltyLookup("PT5S"), environment).say("puanım kaç");

        assertThat(texts(result)).containsExactly("Altın üyesiniz, 1E+1000000000 puanınız var.");
    }

    @Test
    void aServerErrorTakesTheErrorPortWithTheStatus() {
        server.enqueue(new MockResponse.Builder().code(503).body("down").build());
        TurnResult result = Conversations.ayse(loyaltyLookup("PT5S"), environment).say("puanım kaç");

        assertThat(texts(result)).containsExactly("Puanınıza ulaşamadım (HTTP 503).");
        assertThat(result.trace().serviceCalls().get(0).errorKind()).isEqualTo("HTTP 503");
    }

    @Test
    void aReplyThatTakesLongerThanTheTimeoutTakesTheErrorPort() {
        server.enqueue(new MockResponse.Builder().code(200).body("{}").headersDelay(3, TimeUnit.SECONDS).build());
        TurnResult result = Conversations.ayse(loyaltyLookup("PT0.3S"), environment).say("puanım kaç");

        assertThat(result.trace().blockSteps()).filteredOn(step -> step.blockId().equals("call"))
                .extracting(step -> step.port()).containsExactly("error");
        assertThat(result.trace().serviceCalls().get(0).errorKind()).isEqualTo("TIMEOUT");
        assertThat(result.state().property("http.status")).isNull();
    }

    @Test
    void anUnusableAddressIsReportedAndTakesTheErrorPort() {
        FlowDocument flow = TestFlows.flow("http", "call")
                .block(block("call", "httpRequest", "{'url': '{missing.base}/orders'}"))
                .block(block("error", "sendMessage", "{'text': {'tr': 'Olmadı'}}"))
                .connect("call", "error", "error")
                .build();
        TurnResult result = Conversations.ayse(flow, environment).say("merhaba");

        assertThat(texts(result)).containsExactly("Olmadı");
        assertThat(result.trace().hasProblem("httpBadUrl")).isTrue();
        assertThat(result.trace().hasProblem("placeholderMissing")).isTrue();
    }
}
