package org.switchboard.sip.internal.invite;

import java.util.Optional;
import javax.sip.address.SipURI;

/**
 * Where a call to one of our own registrar's users goes: straight to the contact it registered
 * rather than through a proxy. Used on {@code sip-events}.
 */
@FunctionalInterface
public interface LocalTargets {
  /** No registrar: every call is routed as usual. */
  LocalTargets NONE = aor -> Optional.empty();

  /**
   * The contact to send an INVITE for {@code aor} to; empty when {@code aor} is not in our
   * registrar's domain.
   *
   * @throws org.switchboard.core.call.CallControlException when it is, but the user has no binding
   */
  Optional<String> contactFor(SipURI aor);
}
