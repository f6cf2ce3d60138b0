package org.switchboard.sip.internal.ua;

import gov.nist.javax.sip.DialogTimeoutEvent;
import gov.nist.javax.sip.ResponseEventExt;
import java.text.ParseException;
import java.util.Optional;
import javax.sip.ClientTransaction;
import javax.sip.IOExceptionEvent;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionAlreadyExistsException;
import javax.sip.TransactionUnavailableException;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.sip.internal.invite.Call;
import org.switchboard.sip.internal.invite.CallContext;
import org.switchboard.sip.internal.registrar.RegistrarService;
import org.switchboard.sip.internal.transfer.ReplacesTarget;
import org.switchboard.sip.internal.transport.ClientTransactionCallback;

/**
 * Routes every SIP event to the layer that handles it, on {@code sip-events}. Each request gets its
 * server transaction and passes the {@link RequestScreen} first; a handler that throws is logged
 * (method only, no message content) and the request answered 500 where still possible, so no
 * message can take the user agent down.
 */
public final class MessageRouter {
  private static final Logger LOG = LoggerFactory.getLogger(MessageRouter.class);

  private final CallContext ctx;
  private final Handlers handlers;
  private final RequestScreen screen;
  private final @org.jspecify.annotations.Nullable RegistrarService registrar;

  /** A desktop's router: its account's user, {@link RequestScreen#MAX_LIVE_CALLS}, no REGISTER. */
  public MessageRouter(CallContext ctx, Handlers handlers) {
    this(ctx, handlers, InboundPolicy.desktop(ctx.requests().account()), null);
  }

  /**
   * A router taking requests by {@code policy}, REGISTER to {@code registrar} when there is one.
   */
  public MessageRouter(
      CallContext ctx,
      Handlers handlers,
      InboundPolicy policy,
      @org.jspecify.annotations.Nullable RegistrarService registrar) {
    this.ctx = ctx;
    this.handlers = handlers;
    this.registrar = registrar;
    this.screen =
        new RequestScreen(
            ctx.requests().account(),
            policy,
            ctx.responder(),
            ctx.endpoint().headers(),
            () -> ctx.calls().live().size());
  }

  void onRequest(RequestEvent event) {
    Request request = event.getRequest();
    screen.repairLegacy(request);
    if (Request.ACK.equals(request.getMethod())) {
      guarded("ACK", () -> onAck(request));
      return;
    }
    ServerTransaction transaction = event.getServerTransaction();
    if (transaction == null) {
      try {
        transaction = ctx.endpoint().provider().getNewServerTransaction(request);
      } catch (TransactionAlreadyExistsException e) {
        return; // a retransmission of a request being handled
      } catch (TransactionUnavailableException e) {
        // JAIN-SIP refuses a transaction when a header it needs is missing: the request's fault.
        LOG.info("no transaction for a {}: {}", request.getMethod(), e.getMessage());
        respondStateless(request, Response.BAD_REQUEST);
        return;
      } catch (RuntimeException e) {
        LOG.info("no transaction for a {}: {}", request.getMethod(), e.toString());
        respondStateless(request, Response.SERVER_INTERNAL_ERROR);
        return;
      }
    }
    ServerTransaction st = transaction;
    try {
      route(request, st);
    } catch (ParseException e) {
      // The peer's content (an SDP body, a header value) would not parse: its fault, not ours.
      LOG.info("a {} carried content that does not parse; answering 400", request.getMethod());
      ctx.responder().respond(st, Response.BAD_REQUEST);
    } catch (RuntimeException | LinkageError e) {
      LOG.error("handling a {} failed; answering 500", request.getMethod(), e);
      ctx.responder().respond(st, Response.SERVER_INTERNAL_ERROR);
    }
  }

  private void route(Request request, ServerTransaction st) throws ParseException {
    boolean inDialog = toTag(request) != null;
    Optional<Response> rejection = screen.check(request, inDialog);
    if (rejection.isPresent()) {
      ctx.responder().send(st, rejection.get());
      return;
    }
    switch (request.getMethod()) {
      case Request.INVITE -> {
        if (inDialog) {
          withCall(request, st, call -> handlers.updates().onReInvite(call, request, st));
        } else if (!handlers.sessionTimers().rejectTooSmall(request, st)) {
          if (ReplacesTarget.replaces(request)) {
            handlers.replacesTarget().onInvite(request, st);
          } else {
            handlers.inbound().onInvite(request, st);
          }
        }
      }
      case Request.CANCEL -> handlers.inbound().onCancel(request, st);
      case Request.BYE -> handlers.hangups().onBye(request, st);
        // INFO may come before our 200's ACK (RFC 6086 allows early dialogs too): no 481 then.
      case Request.INFO -> withLiveCall(request, st, handlers.dtmf()::onInfo);
      case Request.UPDATE -> withLiveCall(request, st, handlers.peerUpdates()::onUpdate);
      case Request.NOTIFY -> handlers.transfers().onNotify(request, st);
      case Request.REFER ->
          withAnsweredCall(request, st, call -> handlers.transferee().onRefer(call, request, st));
      case Request.OPTIONS -> handlers.options().answer(st);
      case Request.REGISTER -> {
        if (registrar != null && !inDialog) {
          registrar.onRegister(request, st);
        } else {
          ctx.responder().respond(st, Response.METHOD_NOT_ALLOWED);
        }
      }
      default -> ctx.responder().respond(st, Response.METHOD_NOT_ALLOWED);
    }
  }

  private void withCall(
      Request request, ServerTransaction st, java.util.function.Consumer<Call> handler) {
    Optional<Call> call = ctx.calls().bySipCallId(callId(request)).filter(Call::isConfirmed);
    if (call.isPresent()) {
      handler.accept(call.get());
    } else {
      ctx.responder().respond(st, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST);
    }
  }

  /** Like withCall, also while our 200 waits for its ACK (a REFER may overtake the ACK). */
  private void withAnsweredCall(
      Request request, ServerTransaction st, java.util.function.Consumer<Call> handler) {
    Optional<Call> call =
        ctx.calls().bySipCallId(callId(request)).filter(Call::isAnsweredOrConfirmed);
    if (call.isPresent()) {
      handler.accept(call.get());
    } else {
      ctx.responder().respond(st, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST);
    }
  }

  /** Like withCall, for requests allowed in early dialogs too (UPDATE, INFO). */
  private void withLiveCall(Request request, ServerTransaction st, TriConsumer handler) {
    Optional<Call> call = ctx.calls().bySipCallId(callId(request)).filter(Call::isLive);
    if (call.isPresent()) {
      handler.accept(call.get(), request, st);
    } else {
      ctx.responder().respond(st, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST);
    }
  }

  /** A handler of an in-dialog request. */
  private interface TriConsumer {
    void accept(Call call, Request request, ServerTransaction transaction);
  }

  private void onAck(Request ack) {
    ctx.calls()
        .bySipCallId(callId(ack))
        .ifPresent(
            call -> {
              if (!handlers.inbound().onAck(call, ack)) {
                handlers.updates().onAck(call, ack);
              }
            });
  }

  void onResponse(ResponseEvent event) {
    ClientTransaction transaction = event.getClientTransaction();
    if (transaction == null && event instanceof ResponseEventExt forked) {
      // A 2xx from a second fork of our INVITE: its handler ACKs and BYEs it.
      transaction = forked.getOriginalTransaction();
    }
    if (transaction != null
        && transaction.getApplicationData() instanceof ClientTransactionCallback callback) {
      guarded("response", () -> callback.onResponse(event));
    } else if (isInviteSuccess(event.getResponse())) {
      // A second fork's 2xx after the first ended the INVITE transaction.
      guarded(
          "2xx", () -> handlers.outbound().onStrayAnswer(event.getResponse(), event.getDialog()));
    } else {
      LOG.debug("a {} response matched no request of ours", event.getResponse().getStatusCode());
    }
  }

  void onTimeout(TimeoutEvent event) {
    if (event.isServerTransaction()) {
      return;
    }
    ClientTransaction transaction = event.getClientTransaction();
    if (transaction != null
        && transaction.getApplicationData() instanceof ClientTransactionCallback callback) {
      guarded("timeout", callback::onTimeout);
    }
  }

  void onIoException(IOExceptionEvent event) {
    LOG.info(
        "SIP transport error towards {}:{}/{}",
        event.getHost(),
        event.getPort(),
        event.getTransport());
  }

  void onDialogTimeout(DialogTimeoutEvent event) {
    if (event.getDialog() == null) {
      return;
    }
    String sipCallId = event.getDialog().getCallId().getCallId();
    guarded("dialog timeout", () -> handlers.inbound().onAckMissing(sipCallId));
  }

  private void respondStateless(Request request, int status) {
    try {
      ctx.responder().sendStateless(ctx.responder().create(request, status, null));
    } catch (ParseException | RuntimeException e) {
      LOG.debug("could not answer statelessly: {}", e.toString());
    }
  }

  private static void guarded(String what, Runnable work) {
    try {
      work.run();
    } catch (RuntimeException | LinkageError e) {
      LOG.error("handling a {} failed; ignored", what, e);
    }
  }

  private static boolean isInviteSuccess(Response response) {
    CSeqHeader cseq = (CSeqHeader) response.getHeader(CSeqHeader.NAME);
    int status = response.getStatusCode();
    return cseq != null && Request.INVITE.equals(cseq.getMethod()) && status >= 200 && status < 300;
  }

  private static String callId(Request request) {
    return ((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId();
  }

  private static @org.jspecify.annotations.Nullable String toTag(Request request) {
    ToHeader to = (ToHeader) request.getHeader(ToHeader.NAME);
    return to == null ? null : to.getTag();
  }
}
