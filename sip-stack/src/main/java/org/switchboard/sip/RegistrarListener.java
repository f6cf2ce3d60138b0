package org.switchboard.sip;

import java.util.List;

/** Hears about changes of a registrar's bindings. */
@FunctionalInterface
public interface RegistrarListener {
  /**
   * The bindings of {@code user} changed (registered, refreshed, removed or expired); {@code
   * bindings} are the ones now current, most recent first, empty when none is left. Called on
   * {@code sip-events}; must return quickly.
   */
  void bindingsChanged(String user, List<RegistrarBinding> bindings);
}
