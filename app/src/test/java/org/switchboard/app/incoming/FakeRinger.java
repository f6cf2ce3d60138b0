package org.switchboard.app.incoming;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records "start" and "stop" in order, and whether it rings now. */
final class FakeRinger implements Ringer {
  final List<String> calls = new CopyOnWriteArrayList<>();
  volatile boolean ringing;

  @Override
  public void start() {
    calls.add("start");
    ringing = true;
  }

  @Override
  public void stop() {
    calls.add("stop");
    ringing = false;
  }
}
