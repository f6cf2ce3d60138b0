package org.switchboard.queue.service.api;

import org.switchboard.queue.protocol.Problem;

/**
 * A request the API itself refuses (not signed in, wrong role, bad body, missing idempotency key),
 * answered with a {@link Problem} body. The centre's refusals are {@link CentreGateway.Refusal}.
 */
final class ApiProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final String title;

  ApiProblem(int status, String title, String detail) {
    super(detail, null, false, false);
    this.status = status;
    this.title = title;
  }

  static ApiProblem badRequest(String detail) {
    return new ApiProblem(400, "bad request", detail);
  }

  static ApiProblem unauthorized(String detail) {
    return new ApiProblem(401, "not signed in", detail);
  }

  static ApiProblem forbidden(String detail) {
    return new ApiProblem(403, "wrong role", detail);
  }

  Problem problem() {
    return new Problem(status, title, String.valueOf(getMessage()));
  }

  int status() {
    return status;
  }
}
