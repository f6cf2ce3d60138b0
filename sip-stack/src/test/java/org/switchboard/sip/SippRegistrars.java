package org.switchboard.sip;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.switchboard.core.account.SipTransport;
import org.switchboard.sip.internal.transport.SipTimings;
import org.switchboard.testkit.Lab;
import org.switchboard.testkit.Sipp;

/**
 * Helpers of the registration and auth lab tests: sipp registrars from {@code sipp/auth-*.xml},
 * agents registering with them, and digest header parsing. These tests use users 3001-3039 and
 * local ports 16000-16099: agent {@code 16000+i}, sipp {@code 16020+i}, its media port {@code
 * 16070+i} for test number {@code i} (0-19), and 16040-16049 for agents of several-account tests.
 */
final class SippRegistrars {
  /** Short bounds: 2 s for a REGISTER, back-off from 2 s capped at 4 s. */
  static final SipTimings QUICK =
      new SipTimings(
          Duration.ofSeconds(2),
          Duration.ofSeconds(4),
          Duration.ofSeconds(4),
          Duration.ofSeconds(2));

  private static final Pattern PARAM = Pattern.compile("(\\w+)=(?:\"([^\"]*)\"|([^,\\s]+))");

  private SippRegistrars() {}

  static String user(int i) {
    return Integer.toString(3001 + i);
  }

  static int agentPort(int i) {
    return 16000 + i;
  }

  static int sippPort(int i) {
    return 16020 + i;
  }

  static Path scenario(String name) {
    return SippScenarios.scenario(name);
  }

  /** Runs {@code scenario} as a registrar for one Call-ID, with {@code keys} as sipp -key pairs. */
  static Sipp registrar(Lab lab, int i, String scenario, String... keys) {
    List<String> extra = new ArrayList<>(List.of("-mp", Integer.toString(16070 + i)));
    for (int k = 0; k + 1 < keys.length; k += 2) {
      extra.addAll(List.of("-key", keys[k], keys[k + 1]));
    }
    return Sipp.server(
        scenario(scenario),
        lab.localAddress(),
        sippPort(i),
        1,
        lab.labDir().resolve("sipp-auth"),
        Duration.ofSeconds(25),
        extra.toArray(String[]::new));
  }

  /** An agent for test {@code i}'s user whose registrar is that test's sipp. */
  static SipUserAgent agentFor(Lab lab, int i, String password) throws SipStartException {
    return SipUserAgent.start(
        LabAgents.account(lab, user(i), password, sippPort(i), SipTransport.UDP),
        new SipListenSettings(lab.localAddress(), agentPort(i), SipTransport.UDP),
        FakeMediaEngine.pcmuOnly(),
        QUICK);
  }

  /** The parameters of a Digest credentials header value, unquoted. */
  static Map<String, String> digestParams(String header) {
    Map<String, String> params = new LinkedHashMap<>();
    Matcher m = PARAM.matcher(header.replaceFirst("(?i)^Digest\\s+", ""));
    while (m.find()) {
      params.put(
          m.group(1).toLowerCase(java.util.Locale.ROOT),
          m.group(2) != null ? m.group(2) : m.group(3));
    }
    return params;
  }
}
