package org.switchboard.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;
import org.switchboard.core.account.SipAccount;
import org.switchboard.core.account.SipAccountOptions;
import org.switchboard.core.account.SipTransport;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.CallId;
import org.switchboard.testkit.Lab;

/**
 * Every message of the shared torture corpus (RFC 4475, RFC 5118), byte for byte apart from the
 * changes {@link TortureDelivery} explains, sent over UDP to a registered agent; each gets the
 * answer its {@code expected.tsv} row names, and afterwards the agent still answers OPTIONS and
 * makes a call through Kamailio to baresip.
 */
@Tag("lab")
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class TortureMessagesLabTest {
  private static final String USER = "3160";
  private static final int AGENT_PORT = 16400;
  private static final int FIRST_SENDER_PORT = 16401;
  private static final Duration WAIT = Duration.ofSeconds(10);

  /** Files whose expected handling is an endpoint's own answer: sent to the agent's address. */
  private static final Set<String> ADDRESSED_TO_AGENT =
      Set.of("rfc4475/invut.dat", "rfc4475/bext01.dat", "rfc4475/sdp01.dat");

  /**
   * The answer per file: a status code, several separated by {@code |}, or {@code none} for no
   * answer at all. Derived from expected.tsv's handling column for a user agent (not a proxy or
   * registrar); where the row allows a choice, the one JAIN-SIP and the agent make is named.
   */
  private static final Map<String, String> ANSWER =
      Map.ofEntries(
          // valid requests: parsed and answered by the application (404: not our user)
          Map.entry("rfc4475/wsinv.dat", "481"), // has a To tag: in-dialog, no such dialog
          Map.entry("rfc4475/intmeth.dat", "405"),
          Map.entry("rfc4475/esc01.dat", "404"),
          Map.entry("rfc4475/escnull.dat", "405"), // REGISTER: a user agent is no registrar
          Map.entry("rfc4475/esc02.dat", "405"),
          Map.entry("rfc4475/lwsdisp.dat", "404"),
          Map.entry("rfc4475/longreq.dat", "404"),
          Map.entry("rfc4475/dblreq.dat", "405"), // one answer: the trailing INVITE is ignored
          Map.entry("rfc4475/semiuri.dat", "404"),
          Map.entry("rfc4475/transports.dat", "404"),
          Map.entry("rfc4475/mpart01.dat", "405"),
          Map.entry("rfc4475/badbranch.dat", "404"),
          Map.entry("rfc4475/unkscm.dat", "416"),
          Map.entry("rfc4475/novelsc.dat", "416"),
          Map.entry("rfc4475/unksm2.dat", "405"),
          Map.entry("rfc4475/bext01.dat", "420"),
          Map.entry("rfc4475/invut.dat", "415"),
          Map.entry("rfc4475/regaut01.dat", "405"),
          Map.entry("rfc4475/zeromf.dat", "404"), // processed as if Max-Forwards were positive
          Map.entry("rfc4475/cparam01.dat", "405"),
          Map.entry("rfc4475/cparam02.dat", "405"),
          Map.entry("rfc4475/regescrt.dat", "405"),
          Map.entry("rfc4475/sdp01.dat", "406"),
          Map.entry("rfc4475/inv2543.dat", "404"),
          // valid responses matching no request of ours: dropped
          Map.entry("rfc4475/unreason.dat", "none"),
          Map.entry("rfc4475/noreason.dat", "none"),
          Map.entry("rfc4475/bcast.dat", "none"),
          // invalid requests: 400, or a drop where no response can be addressed
          Map.entry("rfc4475/badinv01.dat", "400"),
          Map.entry("rfc4475/clerr.dat", "400"),
          Map.entry("rfc4475/ncl.dat", "400"),
          Map.entry("rfc4475/scalar02.dat", "400"),
          Map.entry("rfc4475/quotbal.dat", "400"),
          Map.entry("rfc4475/ltgtruri.dat", "400"),
          Map.entry("rfc4475/lwsruri.dat", "400"),
          Map.entry("rfc4475/lwsstart.dat", "400|404"), // tolerated
          Map.entry("rfc4475/trws.dat", "400|404"), // tolerated
          Map.entry("rfc4475/escruri.dat", "400|404"), // headers ignored
          Map.entry("rfc4475/baddate.dat", "400|404"), // Date ignored
          Map.entry("rfc4475/regbadct.dat", "400"),
          Map.entry("rfc4475/badaspec.dat", "400|404"), // spaces ignored
          Map.entry("rfc4475/baddn.dat", "400"),
          Map.entry("rfc4475/badvers.dat", "505"),
          Map.entry("rfc4475/mismatch01.dat", "400"),
          Map.entry("rfc4475/mismatch02.dat", "501|400"),
          Map.entry("rfc4475/insuf.dat", "400|none"), // no Call-ID/From/To to answer with
          Map.entry("rfc4475/multi01.dat", "400"),
          Map.entry("rfc4475/mcl01.dat", "400"),
          // invalid responses: dropped
          Map.entry("rfc4475/scalarlg.dat", "none"),
          Map.entry("rfc4475/bigcode.dat", "none"),
          // RFC 5118: REGISTER is 405 at a user agent; the others are not for our user
          Map.entry("rfc5118/ipv6-good", "405"),
          Map.entry("rfc5118/ipv6-bad", "400"),
          Map.entry("rfc5118/port-ambiguous", "405"),
          Map.entry("rfc5118/port-unambiguous", "405"),
          // in-dialog BYE with no dialog; the answer goes to received= (an IPv6 address we
          // cannot reach) unless JAIN-SIP answers from its dialog filter first
          Map.entry("rfc5118/via-received-param-with-delim", "481|none"),
          Map.entry("rfc5118/via-received-param-no-delim", "none"), // answer goes to received=
          Map.entry("rfc5118/ipv6-in-sdp", "404"),
          Map.entry("rfc5118/mult-ip-in-header", "481"),
          Map.entry("rfc5118/mult-ip-in-sdp", "404"),
          Map.entry("rfc5118/ipv4-mapped-ipv6", "404"),
          Map.entry("rfc5118/ipv6-bug-abnf-3-colons", "404"),
          Map.entry("rfc5118/ipv6-correct-abnf-2-colons", "404"));

  private static Lab lab;
  private static AgentRig rig;
  private static List<TortureCorpus.Case> cases;
  private static Map<String, List<String>> answers;

  @BeforeAll
  static void fireTheCorpus() throws Exception {
    lab = Lab.load();
    cases = TortureCorpus.cases();
    rig =
        AgentRig.registered(
            lab, directCalls(lab), AGENT_PORT, FakeMediaEngine.withTelephoneEvents());
    TortureDelivery delivery = new TortureDelivery(lab.localAddress(), AGENT_PORT, USER);
    answers = delivery.fire(cases, FIRST_SENDER_PORT, ADDRESSED_TO_AGENT, 2500);
    answers.forEach((name, lines) -> System.out.println("torture " + name + " -> " + lines));
  }

  @AfterAll
  static void stop() {
    if (rig != null) {
      rig.close();
    }
  }

  @TestFactory
  Stream<DynamicTest> everyCorpusMessageGetsItsExpectedAnswer() {
    assertThat(cases).hasSize(61);
    assertThat(ANSWER.keySet()).containsExactlyInAnyOrderElementsOf(answers.keySet());
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> assertAnswer(c)));
  }

  private static void assertAnswer(TortureCorpus.Case c) {
    List<String> got = answers.getOrDefault(c.name(), List.of());
    List<String> allowed = List.of(ANSWER.getOrDefault(c.name(), "?").split("\\|"));
    String first = got.isEmpty() ? "none" : got.get(0).split(" ")[1];
    assertThat(first).as("%s answered %s", c, got).isIn(allowed);
    assertThat(got)
        .as("%s: every answer carries the same status (retransmissions only)", c)
        .allMatch(line -> got.isEmpty() || line.equals(got.get(0)));
  }

  @Test
  void afterTheCorpusTheAgentStillAnswersOptionsAndMakesACall() throws Exception {
    assertThat(rig.events.all).noneMatch(e -> e instanceof CallEvent.Incoming);
    assertThat(RawOptions.ask(lab, USER, AGENT_PORT, FIRST_SENDER_PORT + 70))
        .startsWith("SIP/2.0 200");
    try (BaresipCall peer = new BaresipCall(lab.peerB())) {
      CallId call = rig.agent.dial(lab.peerB().user()).get(5, TimeUnit.SECONDS);
      rig.events.awaitCall(CallEvent.Answered.class, WAIT);
      rig.agent.hangup(call).get(5, TimeUnit.SECONDS);
      rig.events.awaitCall(CallEvent.Ended.class, WAIT);
    }
  }

  /** The corpus is sent straight to the agent, so this account takes calls from anywhere. */
  private static SipAccount directCalls(Lab lab) {
    return LabAgents.account(lab, USER, SipTransport.UDP)
        .withOptions(SipAccountOptions.defaults().withDirectCallsAllowed(true));
  }
}
