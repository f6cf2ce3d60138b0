package org.switchboard.audio.internal.rtp;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.jitsi.service.neomedia.event.DTMFListener;
import org.jitsi.service.neomedia.event.DTMFToneEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Passes RFC 4733 digits that libjitsi detected in received RTP to our listeners, on the callback
 * thread rather than on libjitsi's receive thread.
 *
 * <p>Thread-safe: libjitsi calls it on its RTP receive thread; listeners run on the executor given
 * (the engine's {@code switchboard-audio-events} thread), one digit at a time, in arrival order.
 */
final class DtmfRelay implements DTMFListener {
  private static final Logger LOG = LoggerFactory.getLogger(DtmfRelay.class);

  private final String callName;
  private final Executor callbacks;
  private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

  DtmfRelay(String callName, Executor callbacks) {
    this.callName = callName;
    this.callbacks = callbacks;
  }

  void add(Consumer<String> listener) {
    listeners.add(listener);
  }

  void remove(Consumer<String> listener) {
    listeners.remove(listener);
  }

  @Override
  public void dtmfToneReceptionStarted(DTMFToneEvent event) {
    String digit = event.getDtmfTone().getValue();
    LOG.debug("call {}: DTMF {} received", callName, digit);
    for (Consumer<String> listener : listeners) {
      callbacks.execute(() -> listener.accept(digit));
    }
  }

  @Override
  public void dtmfToneReceptionEnded(DTMFToneEvent event) {}
}
