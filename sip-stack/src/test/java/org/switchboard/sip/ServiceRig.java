package org.switchboard.sip;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.switchboard.core.Secret;
import org.switchboard.core.account.SipTransport;
import org.switchboard.testkit.Lab;

/**
 * A service-mode agent for the service tests, on the lab's address, with its fake media, its call
 * events and every registrar change it reported. Service tests use SIP ports 16500-16599 (service
 * 165x0, peers above it), domain {@value #DOMAIN}, entry users 100 and queue, and registrar users
 * 7001-7019 with password {@code pw-<user>}.
 */
final class ServiceRig implements AutoCloseable {
  static final String DOMAIN = "switchboard.test";
  static final Set<String> ENTRY_USERS = Set.of("100", "queue");

  final SipUserAgent service;
  final FakeMediaEngine media;
  final EventRecorder events;
  final List<String> registrarChanges = new CopyOnWriteArrayList<>();

  private ServiceRig(SipUserAgent service, FakeMediaEngine media) {
    this.service = service;
    this.media = media;
    this.events = EventRecorder.on(service);
    service
        .registrar()
        .ifPresent(
            r ->
                r.addListener(
                    (user, bindings) -> registrarChanges.add(user + "=" + bindings.size())));
  }

  static String passwordFor(String user) {
    return "pw-" + user;
  }

  /** Registrar settings for users 7001-7019, with {@code algorithms} challenged. */
  static SipRegistrarSettings registrar(List<String> algorithms) {
    return SipRegistrarSettings.defaults(ServiceRig::lookUp)
        .withExpires(2, 3600, 600)
        .withNonceLifetimeSeconds(2)
        .withDigestAlgorithms(algorithms);
  }

  private static Optional<Secret> lookUp(String user) {
    return user.matches("70(0[1-9]|1[0-9])")
        ? Optional.of(Secret.of(passwordFor(user)))
        : Optional.empty();
  }

  static SipServiceSettings settings(Lab lab, int port) {
    return SipServiceSettings.of(
        new SipListenSettings(lab.localAddress(), port, SipTransport.UDP), DOMAIN, ENTRY_USERS);
  }

  static ServiceRig start(SipServiceSettings settings) throws SipStartException {
    FakeMediaEngine media = FakeMediaEngine.withTelephoneEvents();
    return new ServiceRig(SipUserAgent.startService(settings, media), media);
  }

  SipRegistrar registrarOrFail() {
    return service.registrar().orElseThrow(() -> new AssertionError("no registrar"));
  }

  /**
   * Waits up to {@code bound} for {@code condition}; fails with {@code what} when it never holds.
   */
  static void await(String what, Duration bound, BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + bound.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting until " + what);
      }
      Thread.sleep(20);
    }
  }

  @Override
  public void close() {
    service.close();
    media.close();
  }
}
