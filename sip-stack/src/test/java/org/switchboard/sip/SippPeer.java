package org.switchboard.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.switchboard.core.call.CallId;
import org.switchboard.testkit.Lab;
import org.switchboard.testkit.Sipp;

/**
 * Runs this module's call scenarios ({@code src/test/resources/sipp/calls-*.xml}) with sipp on the
 * lab's address, each for one call and bounded to 20 s. Call tests use sipp ports 16250-16289 and
 * put port 16290-16299 in sipp's SDP (nothing listens there: the fake media engine sends nothing).
 */
final class SippPeer {
  private static final Duration LIFETIME = Duration.ofSeconds(20);

  private SippPeer() {}

  /** sipp answering calls to {@code port} (the agent dials {@code uri(lab, port)}). */
  static Sipp callee(Lab lab, String scenario, int port, String... extra) {
    return Sipp.server(file(scenario), lab.localAddress(), port, 1, workDir(lab), LIFETIME, extra);
  }

  /** sipp calling {@code user} through the lab's Kamailio from {@code port}. */
  static Sipp callerViaProxy(Lab lab, String scenario, int port, String user, String... extra) {
    String proxy = lab.registrarHost() + ":" + lab.registrarPort();
    return Sipp.client(
        file(scenario),
        lab.localAddress(),
        port,
        proxy,
        1,
        workDir(lab),
        LIFETIME,
        with(user, extra));
  }

  /** sipp sending straight to the agent at {@code agentPort}, bypassing the proxy. */
  static Sipp callerDirect(
      Lab lab, String scenario, int port, int agentPort, String user, String... extra) {
    String agent = lab.localAddress() + ":" + agentPort;
    return Sipp.client(
        file(scenario),
        lab.localAddress(),
        port,
        agent,
        1,
        workDir(lab),
        LIFETIME,
        with(user, extra));
  }

  /** The URI under which the agent reaches sipp on {@code port} through the proxy. */
  static String uri(Lab lab, int port) {
    return "sip:service@" + lab.localAddress() + ":" + port;
  }

  /** Asserts sipp ran its scenario to the end (exit code 0), showing its messages if not. */
  static void assertPassed(Sipp sipp) {
    int exit = sipp.awaitExit(Duration.ofSeconds(15));
    assertThat(exit)
        .as("sipp's exit code; errors:%n%s%nmessages:%n%s", sipp.errors(), sipp.messages())
        .isZero();
  }

  /** The agent hangs up {@code call}; sipp must then finish its scenario (exit code 0). */
  static void hangUpAndAssertPassed(AgentRig rig, CallId call, Sipp sipp) throws Exception {
    rig.agent.hangup(call).get(5, TimeUnit.SECONDS);
    assertPassed(sipp);
  }

  /** Waits up to 10 s until sipp's message log contains {@code text}. */
  static void awaitSeen(Sipp sipp, String text) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!sipp.messages().contains(text)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("sipp never saw " + text + ":\n" + sipp.messages());
      }
      Thread.sleep(50);
    }
  }

  private static String[] with(String user, String... extra) {
    List<String> all = new ArrayList<>(List.of("-s", user));
    all.addAll(List.of(extra));
    return all.toArray(new String[0]);
  }

  private static Path workDir(Lab lab) {
    return lab.labDir().resolve("sipp-calls");
  }

  private static Path file(String scenario) {
    return SippScenarios.scenario("calls-" + scenario + ".xml");
  }
}
