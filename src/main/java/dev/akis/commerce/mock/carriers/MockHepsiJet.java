package dev.akis.commerce.mock.carriers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.akis.commerce.Carrier;
import dev.akis.commerce.mock.ParcelEvent;
import dev.akis.commerce.mock.ParcelRecord;
import dev.akis.commerce.mock.ParcelRecords;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Mock HepsiJet: {@code GET /auth/getToken} (HTTP Basic) hands out a token; {@code POST
 * /rest/deliveryTransaction/getDeliveryTracking} with {@code X-Auth-Token} answers
 * {@code {status, message, data {deliveryStatus {id, desc}, transactions[]}}}. Wrong login or token: 401 with
 * status FAIL. Unknown number: status FAIL and no data.
 */
public final class MockHepsiJet extends CarrierEndpoint {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Set<String> tokens = ConcurrentHashMap.newKeySet();

    public MockHepsiJet(ParcelRecords records, MockCredentials credentials) {
        super(records, credentials);
    }

    @Override
    public Carrier carrier() {
        return Carrier.HEPSIJET;
    }

    @Override
    protected boolean soap() {
        return false;
    }

    @Override
    public MockAnswer refusal() {
        return MockAnswer.json(401, "{\"status\":\"FAIL\",\"message\":\"Kullanıcı adı veya şifre hatalı\",\"data\":null}");
    }

    /** Makes every token handed out so far invalid, as when HepsiJet expires them. */
    public void expireTokens() {
        tokens.clear();
    }

    @Override
    public MockAnswer answer(MockRequest request) {
        if ("/auth/getToken".equals(request.path()) && "GET".equals(request.method())) {
            BasicAuth basic = BasicAuth.parse(request.header("Authorization"));
            if (!credentials.matches(basic.user(), basic.password())) {
                return refusal();
            }
            String token = UUID.randomUUID().toString();
            tokens.add(token);
            ObjectNode body = JSON.createObjectNode().put("status", "OK");
            body.putObject("data").put("username", basic.user()).put("token", token);
            return MockAnswer.json(200, body.toString());
        }
        if ("/rest/deliveryTransaction/getDeliveryTracking".equals(request.path()) && "POST".equals(request.method())) {
            String token = request.header("X-Auth-Token");
            if (token == null || !tokens.contains(token)) {
                return MockAnswer.json(401, "{\"status\":\"FAIL\",\"message\":\"Geçersiz veya süresi dolmuş token\",\"data\":null}");
            }
            String number;
            try {
                number = JSON.readTree(request.body()).path("deliveries").path(0).path("customerDeliveryNo").asText("");
            } catch (JsonProcessingException e) {
                return MockAnswer.json(400, "{\"status\":\"FAIL\",\"message\":\"Geçersiz istek\",\"data\":null}");
            }
            Optional<ParcelRecord> parcel = find(number);
            if (parcel.isEmpty()) {
                return MockAnswer.json(200, "{\"status\":\"FAIL\",\"message\":\"Gönderi bulunamadı\",\"data\":null}");
            }
            return MockAnswer.json(200, tracking(parcel.get()).toString());
        }
        return notFoundPath(request);
    }

    private static ObjectNode tracking(ParcelRecord parcel) {
        ObjectNode root = JSON.createObjectNode().put("status", "OK");
        root.putNull("message");
        ObjectNode data = root.putObject("data");
        ParcelEvent last = last(parcel);
        data.put("customerDeliveryNo", parcel.trackingNumber());
        data.put("barcode", parcel.attributes().getOrDefault("barcode", parcel.trackingNumber()));
        status(data, last == null ? "1" : last.code(), last == null ? "Neo" : last.text());
        data.put("currentLocation", last == null ? "" : orEmpty(last.location()));
        data.put("lastTransaction", last == null ? "" : last.text());
        data.put("receiver", parcel.attributes().getOrDefault("receiver", ""));
        data.put("sender", parcel.attributes().getOrDefault("sender", ""));
        var transactions = data.putArray("transactions");
        for (ParcelEvent event : parcel.events()) {
            ObjectNode transaction = transactions.addObject();
            status(transaction, event.code(), event.text());
            transaction.put("location", orEmpty(event.location()));
            transaction.put("transaction", event.attributes().getOrDefault("transaction", event.text()));
            transaction.put("transactionDateTime", local(event, "yyyy-MM-dd'T'HH:mm:ss"));
        }
        return root;
    }

    private static void status(ObjectNode node, String id, String name) {
        node.putObject("deliveryStatus").put("id", id).put("desc", name);
    }
}
