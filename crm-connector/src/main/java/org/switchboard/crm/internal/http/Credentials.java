package org.switchboard.crm.internal.http;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import okhttp3.Request;
import org.switchboard.core.Secret;

/** Adds a CRM's credentials to a request, and renews them once when the CRM answers 401. */
public interface Credentials {

  /** Adds the Authorization (or vendor) header to {@code request}. */
  void apply(Request.Builder request) throws CrmCallFailure;

  /**
   * Called once after a 401. Returns true when fresh credentials were obtained (an OAuth refresh)
   * and the request should be sent again; false when the 401 stands.
   */
  default boolean renewAfterRejection() throws CrmCallFailure {
    return false;
  }

  /** No credentials (a directory on the local network, a test server). */
  static Credentials none() {
    return request -> {};
  }

  /** An API token sent as {@code Authorization: Bearer}. */
  static Credentials bearer(Secret token) {
    return request -> request.header("Authorization", "Bearer " + new String(token.reveal()));
  }

  /** HTTP Basic, e.g. Zendesk's {@code email/token:api_token}. */
  static Credentials basic(String user, Secret password) {
    return request -> {
      String pair = user + ":" + new String(password.reveal());
      String encoded = Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
      request.header("Authorization", "Basic " + encoded);
    };
  }
}
