package org.switchboard.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.switchboard.core.account.SipAccount;
import org.switchboard.core.account.SipAccountOptions;
import org.switchboard.core.account.SipTransport;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.CallId;
import org.switchboard.testkit.Lab;

/**
 * All 4527 PROTOS c07-sip cases, placeholders filled, each INVITE followed by its CANCEL teardown,
 * sent over UDP to a registered agent in a paced loop. Afterwards the agent answers a valid
 * OPTIONS, none of its stack's threads died or threw, and its transaction and dialog tables shrink
 * back to where they started. The counts are printed ({@code protos:} lines).
 */
@Tag("lab")
@Timeout(value = 150, unit = TimeUnit.SECONDS)
class ProtosLabTest {
  private static final String USER = "3161";
  private static final int AGENT_PORT = 16480;
  private static final int PEER_PORT = 16481;
  private static final int CASES_PER_SECOND = 600;
  private static final Duration DRAIN = Duration.ofSeconds(60);

  @Test
  void afterTheWholeSuiteTheAgentStillAnswersWithNoThreadDeathAndNoLeak() throws Exception {
    List<ProtosSuite.Case> cases = ProtosSuite.cases();
    assertThat(cases).hasSize(4527);
    Lab lab = Lab.load();
    List<Throwable> uncaught = new CopyOnWriteArrayList<>();
    Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
    Thread.setDefaultUncaughtExceptionHandler((t, e) -> uncaught.add(e));
    try (AgentRig rig =
        AgentRig.registered(
            lab, directCalls(lab), AGENT_PORT, FakeMediaEngine.withTelephoneEvents())) {
      // An agent who declines every offer at once keeps the live-call cap (16) out of the way, so
      // every INVITE the parser lets through reaches the call handling and its SDP parsing.
      rig.agent.addCallListener(
          event -> {
            if (event instanceof CallEvent.Incoming incoming) {
              CompletableFuture<Void> unused = rig.agent.reject(incoming.callId(), false);
            }
          });
      StackDiagnostics before = rig.agent.diagnostics();
      Set<Thread> stackThreads = threadsOf(before.stackName());
      String target = USER + "@" + lab.localAddress() + ":" + AGENT_PORT;
      long started = System.nanoTime();
      ProtosFloodPeer peer;
      int tooBig = 0;
      try (ProtosFloodPeer flood =
          new ProtosFloodPeer(
              lab.localAddress(),
              PEER_PORT,
              new InetSocketAddress(lab.localAddress(), AGENT_PORT),
              "sip:" + target)) {
        peer = flood;
        ProtosSuite.Fill fill =
            new ProtosSuite.Fill(
                target, "protos@" + lab.localAddress(), lab.localAddress(), PEER_PORT, "CANCEL");
        for (ProtosSuite.Case c : cases) {
          if (!flood.send(ProtosSuite.fill(c.invite(), c.number(), fill))) {
            tooBig++;
          }
          flood.send(ProtosSuite.fill(c.teardown(), c.number(), fill));
          pace(started, c.number() + 1);
        }
        Thread.sleep(2000); // the last answers and their ACKs
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      endLeftoverCalls(rig);

      StackDiagnostics after = awaitTablesBackTo(rig, before);
      assertThat(RawOptions.ask(lab, USER, AGENT_PORT, PEER_PORT + 1)).startsWith("SIP/2.0 200");
      report(cases.size(), tooBig, peer, seconds, before, after, rig);

      assertThat(after.serverTransactions()).isLessThanOrEqualTo(before.serverTransactions() + 1);
      assertThat(after.dialogs()).isLessThanOrEqualTo(before.dialogs());
      assertThat(after.clientTransactions()).isLessThanOrEqualTo(before.clientTransactions() + 1);
      assertThat(stackThreads)
          .as("JAIN-SIP threads alive after the suite")
          .allMatch(Thread::isAlive);
      assertThat(uncaught).as("uncaught exceptions").isEmpty();
      assertThat(peer.answeredCases()).as("cases answered").isGreaterThan(cases.size() / 2);
      assertThat(tooBig).as("cases too big for UDP (81 in the suite)").isLessThanOrEqualTo(81);
    } finally {
      Thread.setDefaultUncaughtExceptionHandler(previous);
    }
  }

  /** Sleeps so that {@code sent} cases take at least their share of a second at the set rate. */
  private static void pace(long startedNanos, int sent) throws InterruptedException {
    long due = startedNanos + sent * 1_000_000_000L / CASES_PER_SECOND;
    long early = due - System.nanoTime();
    if (early > 0) {
      TimeUnit.NANOSECONDS.sleep(early);
    }
  }

  /**
   * Rejects calls still ringing: mutated Call-IDs make their CANCEL miss them, as PROTOS intends.
   */
  private static void endLeftoverCalls(AgentRig rig) throws Exception {
    Set<CallId> ended =
        rig.events.all.stream()
            .filter(e -> e instanceof CallEvent.Ended)
            .map(e -> ((CallEvent) e).callId())
            .collect(Collectors.toSet());
    for (Object e : rig.events.all) {
      if (e instanceof CallEvent.Incoming incoming && !ended.contains(incoming.callId())) {
        rig.agent.hangup(incoming.callId()).exceptionally(x -> null).get(5, TimeUnit.SECONDS);
      }
    }
  }

  private static StackDiagnostics awaitTablesBackTo(AgentRig rig, StackDiagnostics before)
      throws InterruptedException {
    long deadline = System.nanoTime() + DRAIN.toNanos();
    StackDiagnostics now = rig.agent.diagnostics();
    while (System.nanoTime() < deadline
        && (now.serverTransactions() > before.serverTransactions() + 1
            || now.dialogs() > before.dialogs())) {
      Thread.sleep(500);
      now = rig.agent.diagnostics();
    }
    return now;
  }

  private static Set<Thread> threadsOf(String stackName) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith(stackName + "-"))
        .collect(Collectors.toSet());
  }

  private static void report(
      int sent,
      int tooBig,
      ProtosFloodPeer peer,
      double seconds,
      StackDiagnostics before,
      StackDiagnostics after,
      AgentRig rig) {
    long incoming = rig.events.all.stream().filter(e -> e instanceof CallEvent.Incoming).count();
    Map<Integer, Integer> finals = peer.finalAnswersByStatus();
    System.out.printf(
        "protos: %d cases sent in %.1f s (%d INVITEs over 65507 bytes, not sendable over UDP);"
            + " %d answered, %d dropped (no response);"
            + " %d responses (%d without a PROTOS Call-ID); first final answer per case %s;"
            + " %d offered as calls%n",
        sent,
        seconds,
        tooBig,
        peer.answeredCases(),
        sent - peer.answeredCases(),
        peer.responses(),
        peer.unattributedResponses(),
        finals,
        incoming);
    System.out.printf("protos: tables before %s, after %s%n", before, after);
  }

  /** The corpus is sent straight to the agent, so this account takes calls from anywhere. */
  private static SipAccount directCalls(Lab lab) {
    return LabAgents.account(lab, USER, SipTransport.UDP)
        .withOptions(SipAccountOptions.defaults().withDirectCallsAllowed(true));
  }
}
