package org.switchboard.crm.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import okhttp3.Headers;

/**
 * A CRM's answer with a 2xx, 404 or 409 status (the ones connectors interpret themselves); {@code
 * body} is {@link MissingNode} when the answer had no body.
 */
public record JsonResponse(int status, Headers headers, JsonNode body) {

  public boolean isSuccessful() {
    return status >= 200 && status < 300;
  }
}
