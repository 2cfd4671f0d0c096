package dev.akis.commerce.ikas;

import java.time.Duration;
import java.util.Objects;

/**
 * Where and how to reach an İkas store's Admin API: the GraphQL and token URLs, the private app's client id and
 * secret, time-outs, the retry policy, and optionally the custom product attribute that lists a product's
 * alternatives. Only the URLs and credentials differ between the live API and the mock server.
 */
public record IkasConfig(String graphqlUrl,
                         String tokenUrl,
                         String clientId,
                         String clientSecret,
                         Duration connectTimeout,
                         Duration callTimeout,
                         RetryPolicy retryPolicy,
                         String alternativesAttributeId) {

    public static final String LIVE_GRAPHQL_URL = "https://api.myikas.com/api/v2/admin/graphql";
    public static final String LIVE_TOKEN_URL = "https://api.myikas.com/api/admin/oauth/token";

    public IkasConfig {
        Objects.requireNonNull(graphqlUrl, "graphqlUrl");
        Objects.requireNonNull(tokenUrl, "tokenUrl");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(callTimeout, "callTimeout");
        Objects.requireNonNull(retryPolicy, "retryPolicy");
    }

    /** The live İkas Admin API with a private app's credentials and default time-outs and retries. */
    public static IkasConfig live(String clientId, String clientSecret) {
        return new IkasConfig(LIVE_GRAPHQL_URL, LIVE_TOKEN_URL, clientId, clientSecret, Duration.ofSeconds(5),
                Duration.ofSeconds(10), RetryPolicy.DEFAULT, null);
    }

    public IkasConfig withUrls(String newGraphqlUrl, String newTokenUrl) {
        return new IkasConfig(newGraphqlUrl, newTokenUrl, clientId, clientSecret, connectTimeout, callTimeout,
                retryPolicy, alternativesAttributeId);
    }

    public IkasConfig withTimeouts(Duration connect, Duration call) {
        return new IkasConfig(graphqlUrl, tokenUrl, clientId, clientSecret, connect, call, retryPolicy,
                alternativesAttributeId);
    }

    public IkasConfig withRetryPolicy(RetryPolicy policy) {
        return new IkasConfig(graphqlUrl, tokenUrl, clientId, clientSecret, connectTimeout, callTimeout, policy,
                alternativesAttributeId);
    }

    public IkasConfig withAlternativesAttribute(String attributeId) {
        return new IkasConfig(graphqlUrl, tokenUrl, clientId, clientSecret, connectTimeout, callTimeout, retryPolicy,
                attributeId);
    }

    @Override
    public String toString() {
        // Never print the secret.
        return "IkasConfig[graphqlUrl=" + graphqlUrl + ", tokenUrl=" + tokenUrl + ", clientId=" + clientId
                + ", callTimeout=" + callTimeout + ", retryPolicy=" + retryPolicy + "]";
    }
}
