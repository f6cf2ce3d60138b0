package org.switchboard.queue.service.gateway;

import org.switchboard.queue.service.api.CentreGateway.Refusal;
import org.switchboard.queue.service.centre.InvalidRequestException;
import org.switchboard.queue.service.centre.NotFoundException;
import org.switchboard.queue.service.centre.StaleVersionException;
import org.switchboard.queue.service.centre.WrongStateException;

/** The centre's refusals as the API's statuses. */
final class Refusals {
  private Refusals() {}

  static RuntimeException of(Throwable failure) {
    String detail = String.valueOf(failure.getMessage());
    if (failure instanceof Refusal refusal) {
      return refusal;
    }
    if (failure instanceof StaleVersionException) {
      return new Refusal(409, "stale version", detail);
    }
    if (failure instanceof NotFoundException) {
      return new Refusal(404, "unknown", detail);
    }
    if (failure instanceof WrongStateException) {
      return new Refusal(409, "wrong state", detail);
    }
    if (failure instanceof InvalidRequestException || failure instanceof IllegalArgumentException) {
      return new Refusal(400, "bad request", detail);
    }
    if (failure instanceof RuntimeException runtime) {
      return runtime;
    }
    return new IllegalStateException(failure);
  }
}
