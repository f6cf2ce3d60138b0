package org.switchboard.sip.internal.registrar;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import javax.sip.InvalidArgumentException;
import javax.sip.ServerTransaction;
import javax.sip.address.AddressFactory;
import javax.sip.address.SipURI;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.header.ToHeader;
import javax.sip.header.WWWAuthenticateHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.core.Subscription;
import org.switchboard.sip.RegistrarBinding;
import org.switchboard.sip.RegistrarListener;
import org.switchboard.sip.SipRegistrar;
import org.switchboard.sip.SipRegistrarSettings;
import org.switchboard.sip.internal.loop.EventLoop;
import org.switchboard.sip.internal.loop.ListenerList;
import org.switchboard.sip.internal.transport.Responder;
import org.switchboard.sip.internal.transport.SipEndpoint;

/**
 * The registrar of one service-mode agent: answers REGISTER (after {@link RegisterAuth}), keeps the
 * {@link Bindings}, sweeps expired ones every second and tells listeners. REGISTER handling, the
 * sweep and the listeners run on {@code sip-events}; {@link #contacts} on any thread.
 */
public final class RegistrarService implements SipRegistrar {
  private static final Logger LOG = LoggerFactory.getLogger(RegistrarService.class);
  private static final Duration SWEEP = Duration.ofSeconds(1);

  private final SipRegistrarSettings settings;
  private final String domain;
  private final Responder responder;
  private final HeaderFactory headers;
  private final AddressFactory addresses;
  private final EventLoop loop;
  private final Clock clock;
  private final Nonces nonces;
  private final RegisterAuth auth;
  private final Bindings bindings;
  private final ListenerList<RegistrarListener> listeners = new ListenerList<>();
  private EventLoop.Timer sweep = () -> {};
  private boolean running;

  public RegistrarService(
      SipRegistrarSettings settings,
      String domain,
      SipEndpoint endpoint,
      Responder responder,
      EventLoop loop,
      Clock clock) {
    this.settings = settings;
    this.domain = domain;
    this.responder = responder;
    this.headers = endpoint.headers();
    this.addresses = endpoint.addresses();
    this.loop = loop;
    this.clock = clock;
    this.nonces = new Nonces(clock, Duration.ofSeconds(settings.nonceLifetimeSeconds()));
    this.auth = new RegisterAuth(domain, nonces, settings.passwords());
    this.bindings = new Bindings(clock);
  }

  /** Starts the expiry sweep. Call on {@code sip-events}. */
  public void start() {
    running = true;
    sweep = loop.schedule(this::sweep, SWEEP);
  }

  /** Stops the sweep. Call on {@code sip-events}. */
  public void stop() {
    running = false;
    sweep.cancel();
  }

  private void sweep() {
    if (!running) {
      return;
    }
    for (String user : bindings.expire()) {
      LOG.info("a binding of {} expired", user);
      tell(user);
    }
    nonces.forgetExpired();
    sweep = loop.schedule(this::sweep, SWEEP);
  }

  @Override
  public List<RegistrarBinding> contacts(String user) {
    return bindings.current(user);
  }

  /** The contact of {@code user}'s most recent binding, empty when not registered. */
  public Optional<String> latestContact(String user) {
    List<RegistrarBinding> current = bindings.current(user);
    return current.isEmpty() ? Optional.empty() : Optional.of(current.get(0).contact());
  }

  /** Whether {@code host} is this registrar's domain (calls there go to bindings). */
  public boolean isOurDomain(String host) {
    return domain.equalsIgnoreCase(host);
  }

  @Override
  public CompletableFuture<Integer> restore(Collection<RegistrarBinding> saved) {
    List<RegistrarBinding> copy = List.copyOf(saved);
    return loop.submit(
        () -> {
          Set<String> users = new TreeSet<>();
          int taken = 0;
          for (RegistrarBinding b : copy) {
            if (bindings.restore(b)) {
              users.add(b.user());
              taken++;
            }
          }
          users.forEach(this::tell);
          LOG.info("restored {} binding(s) of {} user(s) from an earlier run", taken, users.size());
          return taken;
        });
  }

  @Override
  public Subscription addListener(RegistrarListener listener) {
    return listeners.add(listener);
  }

  /** A REGISTER outside any dialog, with its server transaction. */
  public void onRegister(Request register, ServerTransaction transaction) throws ParseException {
    ToHeader to = (ToHeader) register.getHeader(ToHeader.NAME);
    if (!(to.getAddress().getURI() instanceof SipURI aor)
        || aor.getUser() == null
        || !isOurDomain(aor.getHost())) {
      // Only addresses of record in our own domain are registered here.
      responder.send(transaction, refusal(register, Response.NOT_FOUND, "Not Found (domain)"));
      return;
    }
    String user = aor.getUser();
    RegisterAuth.Verdict verdict = auth.check(register, user);
    switch (verdict) {
      case CHALLENGE -> responder.send(transaction, challenge(register, false));
      case CHALLENGE_STALE -> responder.send(transaction, challenge(register, true));
      case FORBIDDEN -> {
        LOG.info("refused a REGISTER for {}: credentials wrong or user unknown (403)", user);
        responder.send(transaction, refusal(register, Response.FORBIDDEN, "Forbidden"));
      }
      case AUTHORIZED -> update(register, transaction, user);
    }
  }

  private void update(Request register, ServerTransaction transaction, String user)
      throws ParseException {
    ContactChanges changes;
    try {
      changes = ContactChanges.of(register, settings);
    } catch (ContactChanges.Refusal r) {
      Response response = refusal(register, r.status, String.valueOf(r.getMessage()));
      if (r.status == Response.INTERVAL_TOO_BRIEF) {
        response.setHeader(minExpires());
      }
      responder.send(transaction, response);
      return;
    }
    if (!changes.isQuery()) {
      String callId = ((CallIdHeader) register.getHeader(CallIdHeader.NAME)).getCallId();
      long cseq = ((CSeqHeader) register.getHeader(CSeqHeader.NAME)).getSeqNumber();
      if (!bindings.apply(user, changes, callId, cseq)) {
        responder.send(
            transaction, refusal(register, Response.FORBIDDEN, "Forbidden (too many contacts)"));
        return;
      }
      LOG.info("{} now has {} binding(s)", user, bindings.current(user).size());
    }
    responder.send(transaction, bindingsResponse(register, user));
    if (!changes.isQuery()) {
      tell(user);
    }
  }

  private void tell(String user) {
    List<RegistrarBinding> now = bindings.current(user);
    listeners.fire(l -> l.bindingsChanged(user, now));
  }

  private Response bindingsResponse(Request register, String user) throws ParseException {
    Response ok = responder.create(register, Response.OK, null);
    Instant now = clock.instant();
    for (RegistrarBinding b : bindings.current(user)) {
      ContactHeader contact =
          headers.createContactHeader(addresses.createAddress(addresses.createURI(b.contact())));
      long left = Math.max(1, Duration.between(now, b.expiresAt()).toSeconds());
      try {
        contact.setExpires((int) left);
      } catch (InvalidArgumentException e) {
        throw new IllegalStateException("a positive expires is valid", e);
      }
      ok.addHeader(contact);
    }
    ok.setHeader(headers.createDateHeader(java.util.Calendar.getInstance()));
    return ok;
  }

  private Response challenge(Request register, boolean stale) throws ParseException {
    Response response = responder.create(register, Response.UNAUTHORIZED, null);
    String nonce = nonces.issue();
    for (String algorithm : settings.digestAlgorithms()) {
      WWWAuthenticateHeader h = headers.createWWWAuthenticateHeader("Digest");
      h.setRealm(domain);
      h.setNonce(nonce);
      h.setAlgorithm(algorithm);
      h.setQop("auth");
      if (stale) {
        h.setStale(true);
      }
      response.addHeader(h);
    }
    return response;
  }

  private javax.sip.header.MinExpiresHeader minExpires() {
    try {
      return headers.createMinExpiresHeader(settings.minExpires());
    } catch (InvalidArgumentException e) {
      throw new IllegalStateException("a positive Min-Expires is valid", e);
    }
  }

  private Response refusal(Request register, int status, String reason) throws ParseException {
    Response response = responder.create(register, status, null);
    response.setReasonPhrase(reason);
    return response;
  }
}
