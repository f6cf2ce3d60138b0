package org.switchboard.sip;

import java.util.concurrent.CompletableFuture;
import org.switchboard.core.Subscription;
import org.switchboard.core.account.AccountRegistration;
import org.switchboard.core.account.RegistrationListener;
import org.switchboard.core.account.SipAccount;
import org.switchboard.core.call.CallControl;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.CallListener;
import org.switchboard.core.media.MediaEngine;

/** PLACEHOLDER pinning the public API; replaced by the real user agent. */
public final class SipUserAgent implements CallControl, AccountRegistration, AutoCloseable {

  private SipUserAgent() {}

  /**
   * Starts a SIP stack for {@code account}, listening as {@code listen}, using {@code media} for
   * calls' audio. Does not register: call {@link #register()}.
   *
   * @throws SipStartException naming the cause, e.g. the listen port already in use
   */
  public static SipUserAgent start(SipAccount account, SipListenSettings listen, MediaEngine media)
      throws SipStartException {
    throw new SipStartException("not implemented yet");
  }

  @Override
  public CompletableFuture<CallId> dial(String target) {
    throw new UnsupportedOperationException();
  }

  @Override
  public CompletableFuture<Void> answer(CallId call) {
    throw new UnsupportedOperationException();
  }

  @Override
  public CompletableFuture<Void> reject(CallId call, boolean decline) {
    throw new UnsupportedOperationException();
  }

  @Override
  public CompletableFuture<Void> hangup(CallId call) {
    throw new UnsupportedOperationException();
  }

  @Override
  public CompletableFuture<Void> hold(CallId call) {
    throw new UnsupportedOperationException();
  }

  @Override
  public CompletableFuture<Void> resume(CallId call) {
    throw new UnsupportedOperationException();
  }

  @Override
  public CompletableFuture<Void> transfer(CallId call, String target) {
    throw new UnsupportedOperationException();
  }

  @Override
  public CompletableFuture<Void> sendDtmf(CallId call, String digits) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Subscription addCallListener(CallListener listener) {
    throw new UnsupportedOperationException();
  }

  @Override
  public CompletableFuture<Void> register() {
    throw new UnsupportedOperationException();
  }

  @Override
  public CompletableFuture<Void> unregister() {
    throw new UnsupportedOperationException();
  }

  @Override
  public Subscription addRegistrationListener(RegistrationListener listener) {
    throw new UnsupportedOperationException();
  }

  /** Unregisters (bounded in time), ends calls and stops the stack. Idempotent. */
  @Override
  public void close() {}
}
