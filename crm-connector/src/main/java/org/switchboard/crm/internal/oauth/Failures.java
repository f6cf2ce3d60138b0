package org.switchboard.crm.internal.oauth;

import org.switchboard.core.customer.DirectoryException;
import org.switchboard.crm.OAuthSignIn.Failure;
import org.switchboard.crm.OAuthSignIn.Reason;
import org.switchboard.crm.internal.http.CrmCallFailure;

/** Turns an HTTP failure during sign-in into the sign-in's own failure. */
final class Failures {
  private Failures() {}

  static Failure of(CrmCallFailure failure) {
    Reason reason =
        failure.kind() == DirectoryException.Kind.UNAVAILABLE ? Reason.UNAVAILABLE : Reason.REFUSED;
    return new Failure(reason, failure.getMessage(), failure);
  }
}
