package org.switchboard.app.boot;

import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.app.testcall.CustomerPhone;
import org.switchboard.app.testcall.TestCallTarget;
import org.switchboard.audio.MediaSettings;
import org.switchboard.audio.PulseAudioDevices;
import org.switchboard.audio.RtpMediaEngine;
import org.switchboard.core.Secret;
import org.switchboard.core.account.DtmfMode;
import org.switchboard.core.account.SipAccount;
import org.switchboard.core.account.SipTransport;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.CallId;
import org.switchboard.core.media.AudioSink;
import org.switchboard.core.media.AudioSource;
import org.switchboard.core.media.MediaException;
import org.switchboard.sip.SipListenSettings;
import org.switchboard.sip.SipUserAgent;

/**
 * The test call's customer phone on our own SIP stack and media engine: for each call a fresh,
 * unregistered user agent on its own local port whose "registrar" is the centre (so requests go
 * straight to it), sending {@code voice} as the customer's audio and RFC 4733 digits; released when
 * the call ends. Starting a stack blocks (ports, a routing look-up), so it runs on the phone's own
 * {@code test-call} thread; SIP events arrive on the stack's {@code sip-events} thread.
 */
final class SipCustomerPhone implements CustomerPhone {
  private static final Logger log = LoggerFactory.getLogger(SipCustomerPhone.class);

  /**
   * The phone's local ports and audio.
   *
   * @param sipPort its SIP port, 0 for any free one
   * @param rtpPortMin the first of its RTP ports
   * @param rtpPortMax the last
   * @param voice what the customer says (a tone, a WAV file)
   * @param ear where what the customer hears goes (the speakers, a file, nowhere)
   * @param devices the sound server for a device {@code ear}, null without one
   */
  record Settings(
      int sipPort,
      int rtpPortMin,
      int rtpPortMax,
      AudioSource voice,
      AudioSink ear,
      @Nullable PulseAudioDevices devices) {
    Settings {
      Objects.requireNonNull(voice, "voice");
      Objects.requireNonNull(ear, "ear");
    }
  }

  private final Settings settings;
  private final ExecutorService thread =
      Executors.newSingleThreadExecutor(SipCustomerPhone::daemon);
  // Touched on the test-call thread only.
  private @Nullable Stack stack;

  private static Thread daemon(Runnable task) {
    Thread thread = new Thread(task, "test-call");
    thread.setDaemon(true);
    return thread;
  }

  SipCustomerPhone(Settings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /** One call's stack and media engine. */
  private record Stack(RtpMediaEngine media, SipUserAgent sip, CompletableFuture<CallId> call) {
    void close() {
      try {
        sip.close();
      } finally {
        media.close();
      }
    }
  }

  @Override
  public CompletableFuture<Void> dial(TestCallTarget target, Listener listener) {
    return CompletableFuture.supplyAsync(() -> start(target, listener), thread)
        .thenCompose(Stack::call)
        .whenComplete(
            (call, failure) -> {
              if (failure != null) {
                Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                listener.ended(EndKind.FAILED, String.valueOf(cause.getMessage()));
                thread.execute(this::release);
              }
            })
        .thenApply(call -> null);
  }

  private Stack start(TestCallTarget target, Listener listener) {
    release();
    String local = LocalAddress.towards(target.host(), target.port());
    RtpMediaEngine media;
    try {
      media =
          RtpMediaEngine.start(
              new MediaSettings(
                  local,
                  settings.rtpPortMin(),
                  settings.rtpPortMax(),
                  settings.voice(),
                  settings.ear()),
              settings.devices());
    } catch (MediaException e) {
      throw new IllegalStateException(
          "cannot start the test call's media on "
              + local
              + " (RTP ports "
              + settings.rtpPortMin()
              + "-"
              + settings.rtpPortMax()
              + "): "
              + e.getMessage(),
          e);
    }
    try {
      SipUserAgent sip =
          SipUserAgent.start(
              account(target),
              new SipListenSettings(local, settings.sipPort(), SipTransport.UDP),
              media);
      sip.addCallListener(event -> follow(event, listener));
      Stack started = new Stack(media, sip, sip.dial(target.uri()));
      stack = started;
      return started;
    } catch (org.switchboard.sip.SipStartException e) {
      media.close();
      throw new IllegalStateException(
          "cannot start the test call's SIP stack on " + local + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      media.close();
      throw e;
    }
  }

  /**
   * The test customer's number: Anna Schmidt's in the built-in sample directory, so that the agent
   * sees a caller id and the customer's card pops as for a real customer.
   */
  static final String CUSTOMER_NUMBER = "+49301234567";

  /** A customer: a user that never registers, sending straight to the centre. */
  private static SipAccount account(TestCallTarget target) {
    SipAccount plain =
        new SipAccount(
            CUSTOMER_NUMBER,
            target.host(),
            "Test customer",
            CUSTOMER_NUMBER,
            Secret.of(""),
            target.host(),
            target.port(),
            SipTransport.UDP,
            300);
    return plain.withOptions(plain.options().withDtmfMode(DtmfMode.RFC4733));
  }

  /** Called on the stack's {@code sip-events} thread. */
  private void follow(CallEvent event, Listener listener) {
    if (event instanceof CallEvent.Answered) {
      listener.connected();
    } else if (event instanceof CallEvent.Ended) {
      CallEvent.Ended ended = (CallEvent.Ended) event;
      listener.ended(kindOf(ended), reasonOf(ended));
      thread.execute(this::release);
    }
  }

  static EndKind kindOf(CallEvent.Ended ended) {
    switch (ended.reason()) {
      case LOCAL_HANGUP:
      case CANCELLED:
        return EndKind.HUNG_UP;
      case REMOTE_HANGUP:
        return EndKind.CENTRE_HUNG_UP;
      case BUSY:
      case DECLINED:
      case UNAVAILABLE:
      case REJECTED:
        return EndKind.REFUSED;
      case TIMEOUT:
        return EndKind.NO_ANSWER;
      default:
        return EndKind.FAILED;
    }
  }

  /** The stack's words for why: "busy (486)", "failed (503 Service Unavailable)". */
  static String reasonOf(CallEvent.Ended ended) {
    String reason = ended.reason().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    if (ended.sipStatus() <= 0) {
      return ended.detail().isBlank() ? reason : reason + ": " + ended.detail();
    }
    String status =
        ended.detail().isBlank()
            ? "" + ended.sipStatus()
            : ended.sipStatus() + " " + ended.detail();
    return reason + " (" + status + ")";
  }

  @Override
  public CompletableFuture<Void> sendDigit(char digit) {
    return onCall((sip, call) -> sip.sendDtmf(call, String.valueOf(digit)));
  }

  @Override
  public CompletableFuture<Void> hangUp() {
    return onCall(SipUserAgent::hangup);
  }

  private CompletableFuture<Void> onCall(
      java.util.function.BiFunction<SipUserAgent, CallId, CompletableFuture<Void>> action) {
    return CompletableFuture.supplyAsync(() -> stack, thread)
        .thenCompose(
            current ->
                current == null
                    ? CompletableFuture.completedFuture(null)
                    : current.call().thenCompose(call -> action.apply(current.sip(), call)));
  }

  private void release() {
    Stack current = stack;
    stack = null;
    if (current != null) {
      current.close();
    }
  }

  @Override
  public void close() {
    thread.execute(this::release);
    thread.shutdown();
    try {
      if (!thread.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS)) {
        log.warn("the test call's phone did not stop within 5 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
