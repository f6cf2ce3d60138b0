package org.switchboard.sip.internal.keepalive;

import java.io.IOException;
import java.net.InetAddress;
import java.text.ParseException;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import javax.sip.ClientTransaction;
import javax.sip.InvalidArgumentException;
import javax.sip.ResponseEvent;
import javax.sip.SipException;
import javax.sip.address.SipURI;
import javax.sip.header.CallIdHeader;
import javax.sip.message.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.core.account.SipTransport;
import org.switchboard.sip.internal.loop.EventLoop;
import org.switchboard.sip.internal.transport.ClientTransactionCallback;
import org.switchboard.sip.internal.transport.Identifiers;
import org.switchboard.sip.internal.transport.OutgoingRequests;
import org.switchboard.sip.internal.transport.ServerAddress;

/**
 * Every {@code keepAliveSeconds} while registered: on TCP/TLS a CRLF ping on the connection to the
 * server, whose CRLF pong must come before the next ping (RFC 5626 section 4.4.1); on UDP an
 * OPTIONS to the server, which must be answered. When the pong or answer does not come, the account
 * registers again (over a new connection). Lives on {@code sip-events}.
 */
public final class KeepAlive {
  private static final Logger LOG = LoggerFactory.getLogger(KeepAlive.class);

  private final OutgoingRequests requests;
  private final EventLoop loop;
  private final BooleanSupplier registered;
  private final Runnable registerAgain;
  private final Duration period;
  private EventLoop.Timer next = () -> {};
  // Bytes received from the server before the last CRLF ping; -1 when no ping is outstanding.
  private long receivedBeforePing = -1;
  private boolean running;

  /**
   * @param registered whether a binding exists now (pings are sent only then)
   * @param registerAgain called when the server stopped answering
   */
  public KeepAlive(
      OutgoingRequests requests,
      EventLoop loop,
      BooleanSupplier registered,
      Runnable registerAgain) {
    this.requests = requests;
    this.loop = loop;
    this.registered = registered;
    this.registerAgain = registerAgain;
    this.period = Duration.ofSeconds(requests.account().options().keepAliveSeconds());
  }

  /** Starts the periodic pings, unless the account turned them off (0 seconds). */
  public void start() {
    if (period.isZero() || running) {
      return;
    }
    running = true;
    scheduleNext();
  }

  /** Stops the pings. */
  public void stop() {
    running = false;
    next.cancel();
  }

  private void scheduleNext() {
    next = loop.schedule(this::tick, period);
  }

  private void tick() {
    if (!running) {
      return;
    }
    scheduleNext();
    if (!registered.getAsBoolean()) {
      return;
    }
    try {
      if (requests.endpoint().transport() == SipTransport.UDP) {
        sendOptions();
      } else {
        sendCrlfPing();
      }
    } catch (IOException | SipException | ParseException | InvalidArgumentException e) {
      LOG.info("keep-alive to the server failed ({}); registering again", e.toString());
      registerAgain.run();
    }
  }

  /**
   * Checks that the server sent anything (its pong, or any message) since the last ping, then pings
   * again. JAIN-SIP's own pong detection cannot be used: its parser takes every second of
   * consecutive pongs for a ping. Silence for a whole interval drops the connection and registers
   * again over a new one.
   */
  private void sendCrlfPing() throws IOException {
    ServerAddress server = requests.server();
    String ip = InetAddress.getByName(server.host()).getHostAddress();
    long received = requests.endpoint().receivedFrom(ip, server.port());
    if (receivedBeforePing >= 0 && received == receivedBeforePing) {
      receivedBeforePing = -1;
      LOG.info("no CRLF pong from {}:{}; registering again", ip, server.port());
      requests.endpoint().dropConnection(ip, server.port());
      registerAgain.run();
      return;
    }
    receivedBeforePing = received;
    requests.endpoint().sendCrlfPing(ip, server.port());
  }

  private void sendOptions() throws ParseException, InvalidArgumentException, SipException {
    ServerAddress server = requests.server();
    SipURI target = requests.endpoint().addresses().createSipURI(null, server.hostForUri());
    target.setPort(server.port());
    // Each OPTIONS stands alone: a fresh Call-ID and tag, as for any out-of-dialog request.
    CallIdHeader callId = requests.endpoint().provider().getNewCallId();
    Request options =
        requests.create(
            Request.OPTIONS, target, requests.ourAddress(), callId, 1, Identifiers.newTag());
    ClientTransaction transaction = requests.endpoint().provider().getNewClientTransaction(options);
    transaction.setApplicationData(new OptionsAnswer());
    requests.send(transaction);
  }

  /** The outcome of one keep-alive OPTIONS: any answer will do; none means the server is gone. */
  private final class OptionsAnswer implements ClientTransactionCallback {
    @Override
    public void onResponse(ResponseEvent event) {
      // Any final answer, even an error, shows the server and the path to it are alive.
    }

    @Override
    public void onTimeout() {
      if (running) {
        LOG.info("keep-alive OPTIONS unanswered; registering again");
        registerAgain.run();
      }
    }
  }
}
