package org.switchboard.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.switchboard.core.Subscription;
import org.switchboard.core.call.CallEvent;
import org.switchboard.testkit.Lab;
import org.switchboard.testkit.Sipp;

/**
 * Customers' calls into a service-mode agent, from sipp: entry numbers answered with the dialled
 * number reported, other users refused with 404, many more calls at once than a desktop's 16, and
 * the service's own maximum refused with 503 and Retry-After. Service ports 16530 and 16540, sipp
 * 16532-16539 and 16542-16555 (sipp binds media ports above its SIP port).
 */
@Tag("lab")
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class ServiceCallsLabTest {
  private static final Duration SIPP_LIFETIME = Duration.ofSeconds(30);

  private final Lab lab = Lab.load();

  private Sipp customers(String scenario, int port, int servicePort, String dialled, int calls) {
    return Sipp.client(
        SippScenarios.scenario(scenario),
        lab.localAddress(),
        port,
        lab.localAddress() + ":" + servicePort,
        calls,
        lab.labDir().resolve("sipp"),
        SIPP_LIFETIME,
        "-s",
        dialled,
        "-mp",
        Integer.toString(port + 1),
        "-r",
        Integer.toString(calls),
        "-l",
        Integer.toString(calls));
  }

  /** Answers every call the service is offered (the queue service would do so itself). */
  private static Subscription answerAll(ServiceRig rig) {
    return rig.service.addCallListener(
        event -> {
          if (event instanceof CallEvent.Incoming incoming) {
            rig.service.answer(incoming.callId());
          }
        });
  }

  private static int peakLiveCalls(List<Object> events) {
    int live = 0;
    int peak = 0;
    for (Object event : events) {
      if (event instanceof CallEvent.Incoming) {
        live++;
        peak = Math.max(peak, live);
      } else if (event instanceof CallEvent.Ended) {
        live--;
      }
    }
    return peak;
  }

  @Test
  void fortyCustomersAtOnceAreAllAnsweredWithTheNumberTheyDialled() throws Exception {
    try (ServiceRig rig = ServiceRig.start(ServiceRig.settings(lab, 16530));
        Subscription answering = answerAll(rig);
        Sipp sipp = customers("service-uac-call.xml", 16532, 16530, "100", 40)) {
      SippPeer.assertPassed(sipp);

      List<CallEvent.Incoming> offered =
          rig.events.all.stream()
              .filter(CallEvent.Incoming.class::isInstance)
              .map(CallEvent.Incoming.class::cast)
              .toList();
      assertThat(offered).hasSize(40).allSatisfy(i -> assertThat(i.dialled()).isEqualTo("100"));
      assertThat(rig.events.all.stream().filter(CallEvent.Answered.class::isInstance)).hasSize(40);
      assertThat(peakLiveCalls(rig.events.all)).isGreaterThan(16);
    }
  }

  @Test
  void theQueueEntryIsAnsweredAndAnUnknownUserGets404() throws Exception {
    try (ServiceRig rig = ServiceRig.start(ServiceRig.settings(lab, 16530));
        Subscription answering = answerAll(rig)) {
      try (Sipp sipp = customers("service-uac-call.xml", 16534, 16530, "queue", 1)) {
        SippPeer.assertPassed(sipp);
      }
      try (Sipp sipp = customers("service-uac-404.xml", 16536, 16530, "999", 1)) {
        SippPeer.assertPassed(sipp);
      }

      assertThat(rig.events.awaitCall(CallEvent.Incoming.class, Duration.ofSeconds(1)).dialled())
          .isEqualTo("queue");
      assertThat(rig.events.all.stream().filter(CallEvent.Incoming.class::isInstance)).hasSize(1);
    }
  }

  @Test
  void usersAnsweredForCanBeReplacedWhileTheServiceRuns() throws Exception {
    try (ServiceRig rig = ServiceRig.start(ServiceRig.settings(lab, 16530));
        Subscription answering = answerAll(rig)) {
      rig.service.answerFor(java.util.Set.of("queue", "200"));

      try (Sipp sipp = customers("service-uac-call.xml", 16534, 16530, "200", 1)) {
        SippPeer.assertPassed(sipp);
      }
      try (Sipp sipp = customers("service-uac-404.xml", 16536, 16530, "100", 1)) {
        SippPeer.assertPassed(sipp); // no longer one of its numbers
      }

      assertThat(rig.events.awaitCall(CallEvent.Incoming.class, Duration.ofSeconds(1)).dialled())
          .isEqualTo("200");
      assertThatThrownBy(() -> rig.service.answerFor(java.util.Set.of("no spaces")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'no spaces'");
    }
  }

  @Test
  void callsBeyondTheServicesMaximumGet503WithRetryAfter() throws Exception {
    try (ServiceRig rig = ServiceRig.start(ServiceRig.settings(lab, 16540).withMaxLiveCalls(3));
        Sipp ringing = customers("service-uac-ring-cancel.xml", 16542, 16540, "100", 3)) {
      ServiceRig.await(
          "three calls ring",
          Duration.ofSeconds(10),
          () -> rig.events.all.stream().filter(CallEvent.Incoming.class::isInstance).count() == 3);

      try (Sipp refused = customers("service-uac-503.xml", 16550, 16540, "100", 1)) {
        SippPeer.assertPassed(refused);
        assertThat(refused.messages()).contains("Retry-After: 5");
      }
      SippPeer.assertPassed(ringing);
      assertThat(rig.events.all.stream().filter(CallEvent.Incoming.class::isInstance)).hasSize(3);
    }
  }
}
