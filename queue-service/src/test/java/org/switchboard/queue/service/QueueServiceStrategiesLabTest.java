package org.switchboard.queue.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.queue.service.ServiceLab.WAIT;
import static org.switchboard.queue.service.ServiceLab.await;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.switchboard.core.call.CallEvent;
import org.switchboard.queue.client.QueueClient;
import org.switchboard.queue.protocol.AgentView;
import org.switchboard.queue.protocol.WirePresence;
import org.switchboard.queue.protocol.WireRoutingState;
import org.switchboard.testkit.BaresipControl;
import org.switchboard.testkit.PrivateBaresip;

/**
 * Each routing strategy of a queue over real SIP: a baresip customer calls the sales queue twice,
 * alice (order 1, ready first) and bob (order 2) both ready at penalty 0, the phone that rings
 * answers, and after a one-second wrap-up both are ready again before the second call. Linear sends
 * both calls to alice, the first in order; the strategies that share the work out (longest idle,
 * round robin, fewest calls, least talk time) send the second call to the other agent; random
 * reaches one of them each time.
 */
@Tag("lab")
@Timeout(120)
class QueueServiceStrategiesLabTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "linear",
        "longest-idle",
        "round-robin",
        "fewest-calls",
        "least-talk-time",
        "random"
      })
  void aStrategyChoosesWhoseSipPhoneRings(String strategy) throws Exception {
    ServiceLab lab = new ServiceLab(dir);
    Path config =
        lab.config(
            "strategy: longest-idle",
            "strategy: " + strategy,
            "{queue: sales, penalty: 1, order: 2}",
            "{queue: sales, penalty: 0, order: 2}",
            "time: 30s",
            "time: 1s");
    List<String> answeredBy = new ArrayList<>();
    try (QueueService service = QueueService.start(config, Clock.systemUTC());
        AgentPhone alicePhone = lab.alicePhone();
        AgentPhone bobPhone = lab.bobPhone()) {
      lab.readyIn(service, "alice", "sales");
      Thread.sleep(50); // alice has been idle longer (not an assertion)
      lab.readyIn(service, "bob", "sales");
      QueueClient carol = lab.signedIn(service, "carol");
      try (PrivateBaresip customer = lab.customer();
          BaresipControl phone = customer.peer().control()) {
        for (int call = 0; call < 2; call++) {
          lab.dialAndPress(phone, "11");
          String rung = await("an agent is rung", () -> rung(carol));
          AgentPhone agentPhone = rung.equals("alice") ? alicePhone : bobPhone;
          CallEvent.Incoming incoming = agentPhone.await(CallEvent.Incoming.class);
          agentPhone.sip.answer(incoming.callId()).get(5, TimeUnit.SECONDS);
          await(
              rung + " connected", () -> carol.agent(rung).routing() == WireRoutingState.CONNECTED);
          answeredBy.add(rung);
          Thread.sleep(500); // some talk time (not an assertion)
          phone.hangup();
          phone.awaitEvent("CALL_CLOSED", WAIT);
          await("both ready and idle again", () -> free(carol, "alice") && free(carol, "bob"));
        }
      }
    }
    if (strategy.equals("linear")) {
      assertThat(answeredBy).containsExactly("alice", "alice");
    } else if (strategy.equals("random")) {
      assertThat(answeredBy).hasSize(2).allMatch(a -> a.equals("alice") || a.equals("bob"));
    } else {
      assertThat(answeredBy).as("the second call goes to the other agent").doesNotHaveDuplicates();
      if (strategy.equals("longest-idle")) {
        assertThat(answeredBy).containsExactly("alice", "bob");
      }
    }
  }

  /** The agent whose phone is being rung, or null. */
  private static @org.jspecify.annotations.Nullable String rung(QueueClient carol) {
    for (String agent : List.of("alice", "bob")) {
      WireRoutingState routing = carol.agent(agent).routing();
      if (routing == WireRoutingState.ALERTING || routing == WireRoutingState.RESERVED) {
        return agent;
      }
    }
    return null;
  }

  private static boolean free(QueueClient carol, String agent) {
    AgentView a = carol.agent(agent);
    return a.presence().presence() == WirePresence.READY && a.routing() == WireRoutingState.IDLE;
  }
}
