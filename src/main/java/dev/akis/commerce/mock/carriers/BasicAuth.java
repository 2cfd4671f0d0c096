package dev.akis.commerce.mock.carriers;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Reads an HTTP Basic Authorization header into user and password. */
record BasicAuth(String user, String password) {

    static BasicAuth parse(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return new BasicAuth("", "");
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? new BasicAuth(decoded, "") : new BasicAuth(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return new BasicAuth("", "");
        }
    }
}
