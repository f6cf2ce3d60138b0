package org.switchboard.sip.internal.invite;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.core.Subscription;
import org.switchboard.core.call.CallDirection;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.CallListener;
import org.switchboard.core.call.EndReason;
import org.switchboard.core.call.RemoteParty;
import org.switchboard.core.media.AudioCodec;
import org.switchboard.core.media.DtmfListener;
import org.switchboard.core.media.MediaEndpoint;
import org.switchboard.core.media.MediaSession;
import org.switchboard.core.media.NegotiatedMedia;
import org.switchboard.sip.internal.loop.EventLoop;
import org.switchboard.sip.internal.loop.ListenerList;

/** RFC 4733 digits from a call's media session become DtmfReceived on sip-events. */
class CallTableDtmfTest {
  private final EventLoop loop = new EventLoop("sip-events");
  private final ListenerList<CallListener> listeners = new ListenerList<>();
  private final CallTable table = new CallTable(listeners, loop);
  private final BlockingQueue<CallEvent> events = new LinkedBlockingQueue<>();
  private final List<String> threads = new CopyOnWriteArrayList<>();

  @AfterEach
  void stop() {
    loop.shutdown(Duration.ofSeconds(1));
  }

  @Test
  void aDigitFromTheMediaSessionIsFiredOnSipEventsUntilTheCallEnds() throws Exception {
    listeners.add(
        event -> {
          threads.add(Thread.currentThread().getName());
          events.add(event);
        });
    DigitSession media = new DigitSession();
    Call call =
        new Call(
            CallId.random(),
            CallDirection.INBOUND,
            "sip-call-id",
            new RemoteParty("sip:2002@127.0.0.1", null, null),
            media,
            Call.Phase.CONFIRMED);
    loop.submit(
            () -> {
              table.add(call);
              return null;
            })
        .get(5, TimeUnit.SECONDS);

    media.deliver('5');

    CallEvent event = events.poll(5, TimeUnit.SECONDS);
    assertThat(event).isEqualTo(new CallEvent.DtmfReceived(call.id(), '5'));
    assertThat(threads).containsExactly("sip-events");

    loop.submit(
            () -> {
              table.end(call, EndReason.REMOTE_HANGUP, 0, "bye", false);
              return null;
            })
        .get(5, TimeUnit.SECONDS);
    assertThat(events.poll(5, TimeUnit.SECONDS)).isInstanceOf(CallEvent.Ended.class);
    assertThat(media.listeners).isEmpty();
    assertThat(media.closed).isTrue();
  }

  /** A media session whose digits the test delivers from a thread of its own. */
  private static final class DigitSession implements MediaSession {
    volatile boolean muted;
    final List<DtmfListener> listeners = new CopyOnWriteArrayList<>();
    volatile boolean closed;

    void deliver(char digit) throws InterruptedException {
      Thread media =
          new Thread(() -> listeners.forEach(l -> l.onDtmfReceived(digit)), "media-events");
      media.start();
      media.join();
    }

    @Override
    public Subscription onQualityChanged(org.switchboard.core.media.QualityListener listener) {
      qualityListeners.add(listener);
      return () -> qualityListeners.remove(listener);
    }

    final java.util.List<org.switchboard.core.media.QualityListener> qualityListeners =
        new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public Subscription onDtmfReceived(DtmfListener listener) {
      listeners.add(listener);
      return () -> listeners.remove(listener);
    }

    @Override
    public MediaEndpoint localEndpoint() {
      return new MediaEndpoint("127.0.0.1", 40000);
    }

    @Override
    public List<AudioCodec> codecs() {
      return List.of(AudioCodec.PCMU, AudioCodec.TELEPHONE_EVENT);
    }

    @Override
    public void start(NegotiatedMedia media) {}

    @Override
    public void update(NegotiatedMedia media) {}

    @Override
    public void setMuted(boolean muted) {
      this.muted = muted;
    }

    @Override
    public void sendDtmf(String digits) {}

    @Override
    public void close() {
      closed = true;
    }
  }
}
