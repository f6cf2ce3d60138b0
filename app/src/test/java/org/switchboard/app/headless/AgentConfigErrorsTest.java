package org.switchboard.app.headless;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.switchboard.core.account.DtmfMode;
import org.switchboard.core.account.SipAccountOptions;

/** Every configuration or command-line mistake: one line naming it, exit code 2, no stack. */
class AgentConfigErrorsTest {
  @TempDir Path dir;

  private final TelephonyStarter mustNotStart =
      c -> {
        throw new AssertionError("telephony must not start on a bad configuration");
      };

  private AgentRun runWith(String json, String... extraArgs) {
    Path config = AgentRun.writeConfig(dir, json);
    String[] args = new String[extraArgs.length + 2];
    args[0] = "--config";
    args[1] = config.toString();
    System.arraycopy(extraArgs, 0, args, 2, extraArgs.length);
    return AgentRun.run(mustNotStart, Duration.ofSeconds(1), "", Map.of(), args);
  }

  private static void assertUsage(AgentRun run, String expectedMessagePart) {
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.stderr())
        .startsWith("switchboard-agent: ")
        .contains(expectedMessagePart)
        .doesNotContain("\tat ")
        .doesNotContain("s3cret-pw");
    assertThat(run.stderr().lines()).hasSize(1);
    assertThat(run.stdout()).isEmpty();
  }

  @Test
  void aMissingFileIsNamed() {
    Path missing = dir.resolve("nowhere.json");
    AgentRun run =
        AgentRun.run(
            mustNotStart, Duration.ofSeconds(1), "", Map.of(), "--config", missing.toString());
    assertUsage(run, "config file " + missing + " does not exist");
  }

  @Test
  void malformedJsonNamesLineAndColumn() {
    AgentRun run = runWith("{\n  \"account\": {\n    \"user\" \"1001\"\n  }\n}\n");
    assertUsage(run, "agent.json: malformed JSON at line 3, column 12");
  }

  @Test
  void anEmptyFileIsReported() {
    assertUsage(runWith(""), "agent.json: the file is empty");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          unknown top-level key   | "media": {         | "colour": 1, "media": {             | unknown setting 'colour'
          unknown nested key      | "port": 5060 }     | "port": 5060, "tls": true }         | unknown setting 'account.registrar.tls' (account.registrar takes host, port)
          registrar port too big  | "port": 5060 }     | "port": 70000 }                     | account.registrar.port must be 1-65535, was 70000
          registrar port a string | "port": 5060 }     | "port": "5060" }                    | account.registrar.port must be a whole number, 1-65535
          missing user            | "user": "1001",    | "usr": "1001",                      | unknown setting 'account.usr'
          blank domain            | "domain": "127.0.0.1" | "domain": " "                    | account.domain must not be empty
          bad transport           | "transport": "udp", "registerExpiry" | "transport": "sctp", "registerExpiry" | account.transport must be udp, tcp or tls, was 'sctp'
          short expiry            | "registerExpiry": 300 | "registerExpiry": 5              | account.registerExpiry must be at least 30, was 5
          rtp range reversed      | "rtpPortMax": 30099 | "rtpPortMax": 29000                | media.rtpPortMax must be above media.rtpPortMin
          bad source              | "source": "silence" | "source": "radio"                  | media.source must be device[:ID], wav:PATH, tone:HZ or silence, was 'radio'
          bad tone                | "source": "silence" | "source": "tone:9000"              | media.source tone frequency must be a number of Hz above 0 and below 4000
          bad sink                | "sink": "discard"  | "sink": "wav:"                      | media.sink 'wav:' needs a value after ':'
          no listen address       | "listenAddress": "127.0.0.1", | '' | sip.listenAddress is missing
          password and env        | "password": "s3cret-pw", | "password": "s3cret-pw", "passwordEnv": "PW", | give either account.password or account.passwordEnv, not both
          no password             | "password": "s3cret-pw", | '' | account.password (or account.passwordEnv) is missing
          """)
  void eachBadSettingIsNamed(String name, String from, String to, String message) {
    String json = AgentRun.VALID_CONFIG.replace(from, to);
    assertThat(json).as("the test's replacement applies").isNotEqualTo(AgentRun.VALID_CONFIG);
    assertUsage(runWith(json), "agent.json: " + message);
  }

  @Test
  void aMissingSectionIsNamed() {
    String json =
        "{\"account\":{\"user\":\"1\",\"domain\":\"d\",\"password\":\"p\",\"registrar\":{\"host\":\"h\"}},\"sip\":{\"listenAddress\":\"127.0.0.1\"}}";
    assertUsage(runWith(json), "media is missing");
  }

  @Test
  void passwordEnvNamingAnUnsetVariableIsReported() {
    String json =
        AgentRun.VALID_CONFIG.replace(
            "\"password\": \"s3cret-pw\"", "\"passwordEnv\": \"AGENT_PW\"");
    assertUsage(
        runWith(json),
        "account.passwordEnv names the environment variable AGENT_PW, which is not set");
  }

  @Test
  void passwordEnvIsReadFromTheEnvironment() throws AgentFailure {
    String json =
        AgentRun.VALID_CONFIG.replace(
            "\"password\": \"s3cret-pw\"", "\"passwordEnv\": \"AGENT_PW\"");
    AgentConfig config = new AgentConfigReader(Map.of("AGENT_PW", "from-env")).parse(json, "x");
    assertThat(config.account().password().reveal()).containsExactly("from-env".toCharArray());
  }

  @Test
  void defaultsApplyToOptionalSettings() throws AgentFailure {
    String json =
        "{\"account\":{\"user\":\"1001\",\"domain\":\"pbx\",\"password\":\"p\",\"registrar\":{\"host\":\"h\"},\"transport\":\"tls\"},"
            + "\"sip\":{\"listenAddress\":\"127.0.0.1\"},\"media\":{}}";
    AgentConfig config = new AgentConfigReader(Map.of()).parse(json, "x");
    assertThat(config.account().authUser()).isEqualTo("1001");
    assertThat(config.account().displayName()).isEmpty();
    assertThat(config.account().registrarPort()).isEqualTo(5061);
    assertThat(config.account().registerExpirySeconds()).isEqualTo(600);
    assertThat(config.sip().port()).isEqualTo(5060);
    assertThat(config.sip().transport().name()).isEqualTo("TLS");
    assertThat(config.media().address()).isEqualTo("127.0.0.1");
    assertThat(config.media().rtpPortMin()).isEqualTo(16384);
    assertThat(config.media().source())
        .isEqualTo(new org.switchboard.core.media.AudioSource.Device(null));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          --sip-port 0         | --sip-port must be 1-65535, was '0'
          --sip-port x         | --sip-port must be 1-65535, was 'x'
          --transport sctp     | --transport must be udp, tcp or tls, was 'sctp'
          --log-level loud     | --log-level must be error, warn, info, debug or trace, was 'loud'
          --source tone:       | --source 'tone:' needs a value after ':'
          --sink speaker       | --sink must be device[:ID], wav:PATH or discard, was 'speaker'
          --frobnicate 1       | unknown option '--frobnicate'
          --sip-port           | --sip-port needs a value
          """)
  void eachBadOptionIsNamed(String option, String message) {
    AgentRun run = runWith(AgentRun.VALID_CONFIG, option.trim().split(" "));
    assertUsage(run, message + " (see --help)");
  }

  @Test
  void noConfigIsAUsageError() {
    AgentRun run = AgentRun.run(mustNotStart, "");
    assertUsage(run, "--config FILE is required");
  }

  @Test
  void helpPrintsUsageAndExits0() {
    AgentRun run = AgentRun.run(mustNotStart, "", "--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.stdout()).startsWith("usage: switchboard-agent --config FILE");
  }

  @Test
  void accountOptionsReachTheSipAccount() throws AgentFailure {
    String options =
        "\"options\": {\"outboundProxy\": \"sip:proxy.example.com:5070\", \"dtmfMode\": \"info\","
            + " \"autoAnswerAllowed\": true, \"directCallsAllowed\": true,"
            + " \"keepAliveSeconds\": 15, \"sessionExpiresSeconds\": 600,"
            + " \"tlsTrustFile\": \"/etc/switchboard/ca.pem\", \"dnsServers\": [\"10.0.0.53\", \"10.0.0.54:5353\"]},";
    String json =
        AgentRun.VALID_CONFIG.replace(
            "\"password\": \"s3cret-pw\",", "\"password\": \"s3cret-pw\", " + options);
    SipAccountOptions o = new AgentConfigReader(Map.of()).parse(json, "x").account().options();
    assertThat(o.outboundProxy()).isEqualTo("sip:proxy.example.com:5070");
    assertThat(o.dtmfMode()).isEqualTo(DtmfMode.SIP_INFO);
    assertThat(o.autoAnswerAllowed()).isTrue();
    assertThat(o.directCallsAllowed()).isTrue();
    assertThat(o.keepAliveSeconds()).isEqualTo(15);
    assertThat(o.sessionExpiresSeconds()).isEqualTo(600);
    assertThat(o.tlsTrustFile()).isEqualTo("/etc/switchboard/ca.pem");
    assertThat(o.dnsServers()).containsExactly("10.0.0.53", "10.0.0.54:5353");
  }

  @Test
  void withoutOptionsTheDefaultsApply() throws AgentFailure {
    AgentConfig config = new AgentConfigReader(Map.of()).parse(AgentRun.VALID_CONFIG, "x");
    assertThat(config.account().options()).isEqualTo(SipAccountOptions.defaults());
  }

  @Test
  void badAccountOptionsNameTheSetting() {
    assertUsage(
        runWithOption("\"dtmfMode\": \"tones\""),
        "account.options.dtmfMode must be auto, rfc4733 or info, was 'tones'");
    assertUsage(
        runWithOption("\"srtpPolicy\": \"always\""),
        "account.options.srtpPolicy must be off, optional or mandatory, was 'always'");
    assertUsage(
        runWithOption("\"directCallsAllowed\": \"yes\""),
        "account.options.directCallsAllowed must be true or false");
    assertUsage(
        runWithOption("\"sessionExpiresSeconds\": 30"),
        "account.options.sessionExpiresSeconds must be 0 (off) or at least 90, was 30");
    assertUsage(
        runWithOption("\"keepAliveSeconds\": -1"),
        "account.options.keepAliveSeconds must be 0-3600, was -1");
    assertUsage(
        runWithOption("\"dnsServers\": \"10.0.0.53\""),
        "account.options.dnsServers must be an array of strings");
    assertUsage(runWithOption("\"proxy\": \"x\""), "unknown setting 'account.options.proxy'");
  }

  private AgentRun runWithOption(String option) {
    return runWith(
        AgentRun.VALID_CONFIG.replace(
            "\"password\": \"s3cret-pw\",",
            "\"password\": \"s3cret-pw\", \"options\": {" + option + "},"));
  }
}
