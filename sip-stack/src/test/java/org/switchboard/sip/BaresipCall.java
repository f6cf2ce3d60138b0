package org.switchboard.sip;

import org.switchboard.testkit.BaresipControl;
import org.switchboard.testkit.BaresipPeer;

/** A baresip control connection that hangs up any call left over when closed. */
final class BaresipCall implements AutoCloseable {
  final BaresipControl control;

  BaresipCall(BaresipPeer peer) {
    this.control = peer.control();
  }

  @Override
  public void close() {
    try {
      control.hangup();
    } catch (AssertionError e) {
      // no call left to hang up
    }
    control.close();
  }
}
