package org.switchboard.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.switchboard.core.Secret;
import org.switchboard.core.account.SipAccount;
import org.switchboard.core.account.SipTransport;
import org.switchboard.core.call.CallControlException;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.CallId;
import org.switchboard.testkit.Lab;

/**
 * Agents' phones registered with the service's registrar and called by it with the interaction id
 * in a header: our own desktop agent (SHA-256 digest) and baresip (MD5). Service ports 16560 and
 * 16570; desktop 16562; baresip 16574 (RTP 16580-16599); users 7011-7013.
 */
@Tag("lab")
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class ServiceDialLabTest {
  private static final String INTERACTION = "X-Switchboard-Interaction";

  private final Lab lab = Lab.load();

  private SipAccount desktopAccount(String user, int servicePort) {
    return new SipAccount(
        user,
        ServiceRig.DOMAIN,
        "Agent " + user,
        user,
        Secret.of(ServiceRig.passwordFor(user)),
        lab.localAddress(),
        servicePort,
        SipTransport.UDP,
        300);
  }

  @Test
  void aDesktopRegistersWithSha256AndReceivesTheServicesCallWithTheInteractionId()
      throws Exception {
    SipServiceSettings settings =
        ServiceRig.settings(lab, 16560).withRegistrar(ServiceRig.registrar(List.of("SHA-256")));
    try (ServiceRig service = ServiceRig.start(settings);
        AgentRig desktop = startDesktop(desktopAccount("7011", 16560), 16562)) {
      desktop.agent.register().get(10, TimeUnit.SECONDS);
      assertThat(service.registrarOrFail().contacts("7011"))
          .singleElement()
          .satisfies(b -> assertThat(b.contact()).contains(":16562"));

      CallId call =
          service
              .service
              .dial("sip:7011@" + ServiceRig.DOMAIN, Map.of(INTERACTION, "int-42"))
              .get(5, TimeUnit.SECONDS);
      CallEvent.Incoming offered =
          desktop.events.awaitCall(CallEvent.Incoming.class, Duration.ofSeconds(10));
      assertThat(offered.headers()).containsEntry(INTERACTION, "int-42");
      desktop.agent.answer(offered.callId()).get(5, TimeUnit.SECONDS);
      service.events.awaitCall(CallEvent.Answered.class, Duration.ofSeconds(10));

      service.service.hangup(call).get(5, TimeUnit.SECONDS);
      desktop.events.awaitCall(CallEvent.Ended.class, Duration.ofSeconds(10));
    }
  }

  @Test
  void callingAUserWithoutBindingFailsSayingSo() throws Exception {
    SipServiceSettings settings =
        ServiceRig.settings(lab, 16560).withRegistrar(ServiceRig.registrar(List.of("SHA-256")));
    try (ServiceRig service = ServiceRig.start(settings)) {
      assertThatThrownBy(
              () ->
                  service
                      .service
                      .dial("sip:7012@" + ServiceRig.DOMAIN, Map.of(INTERACTION, "int-1"))
                      .get(5, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .cause()
          .isInstanceOf(CallControlException.class)
          .hasMessage("7012 is not registered");
    }
  }

  @Test
  void baresipRegistersAndAnswersTheServicesCallCarryingTheInteractionId() throws Exception {
    Path dir = lab.labDir().resolve("service-baresip-7013");
    // baresip 1.0 (libre) stops at a first challenge it cannot answer ("Function not
    // implemented" for SHA-256), so its registrar challenges with MD5 only.
    SipServiceSettings settings =
        ServiceRig.settings(lab, 16570).withRegistrar(ServiceRig.registrar(List.of("MD5")));
    try (ServiceRig service = ServiceRig.start(settings);
        ServiceBaresip baresip =
            ServiceBaresip.start(dir, lab.localAddress(), 16574, "7013", 16570)) {
      baresip.awaitReady(
          () -> !service.registrarOrFail().contacts("7013").isEmpty(), Duration.ofSeconds(15));

      CallId call =
          service
              .service
              .dial("sip:7013@" + ServiceRig.DOMAIN, Map.of(INTERACTION, "int-43"))
              .get(5, TimeUnit.SECONDS);
      service.events.awaitCall(CallEvent.Answered.class, Duration.ofSeconds(10));
      assertThat(baresip.log()).contains(INTERACTION + ": int-43");

      service.service.hangup(call).get(5, TimeUnit.SECONDS);
      service.events.awaitCall(CallEvent.Ended.class, Duration.ofSeconds(10));
    }
  }

  private static AgentRig startDesktop(SipAccount account, int port) throws Exception {
    return AgentRig.started(
        account, port, new FakeMediaEngine(List.of(org.switchboard.core.media.AudioCodec.PCMU)));
  }
}
