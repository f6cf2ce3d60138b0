package org.switchboard.sip.internal.ua;

import gov.nist.javax.sip.DialogTimeoutEvent;
import gov.nist.javax.sip.SipListenerExt;
import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionTerminatedEvent;
import org.jspecify.annotations.Nullable;
import org.switchboard.sip.internal.loop.EventLoop;

/**
 * JAIN-SIP's listener. Called on JAIN-SIP's transport and timer threads, it does nothing but hand
 * each event to {@code sip-events}, where the {@link MessageRouter} handles it. Events that arrive
 * before the router is attached are dropped; the user agent keeps {@code sip-events} waiting until
 * it has attached the router, so none arrive that early.
 */
public final class SipEventPump implements SipListenerExt {
  private final EventLoop loop;
  private volatile @Nullable MessageRouter router;

  public SipEventPump(EventLoop loop) {
    this.loop = loop;
  }

  /** Connects the router; until then events queue up. */
  public void attach(MessageRouter router) {
    this.router = router;
  }

  private void hand(java.util.function.Consumer<MessageRouter> work) {
    loop.execute(
        () -> {
          MessageRouter r = router;
          if (r != null) {
            work.accept(r);
          }
        });
  }

  @Override
  public void processRequest(RequestEvent event) {
    hand(r -> r.onRequest(event));
  }

  @Override
  public void processResponse(ResponseEvent event) {
    hand(r -> r.onResponse(event));
  }

  @Override
  public void processTimeout(TimeoutEvent event) {
    hand(r -> r.onTimeout(event));
  }

  @Override
  public void processIOException(IOExceptionEvent event) {
    hand(r -> r.onIoException(event));
  }

  @Override
  public void processTransactionTerminated(TransactionTerminatedEvent event) {}

  @Override
  public void processDialogTerminated(DialogTerminatedEvent event) {}

  @Override
  public void processDialogTimeout(DialogTimeoutEvent event) {
    hand(r -> r.onDialogTimeout(event));
  }
}
