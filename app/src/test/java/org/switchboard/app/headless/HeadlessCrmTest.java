package org.switchboard.app.headless;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.core.call.CallDirection;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.EndReason;
import org.switchboard.core.call.PhoneNumber;
import org.switchboard.core.call.RemoteParty;
import org.switchboard.core.journal.CallRecord;

class HeadlessCrmTest {
  @TempDir Path dir;
  private final FakeTelephony telephony = new FakeTelephony();
  private final FakeCustomerServices crm = new FakeCustomerServices();

  private static final String CONFIG_WITH_CRM =
      AgentRun.VALID_CONFIG.replaceFirst(
          "\"media\":",
          "\"crm\": { \"connector\": \"local\", \"defaultRegion\": \"DE\", \"agent\": \"Agent"
              + " Smith\", \"options\": { \"customers\": \"sample\" } },\n  \"media\":");

  /** Runs the agent; a call from +4930123456 arrives, is answered and ends before stdin is read. */
  private AgentRun runWithCall(String stdin, List<AgentConfig.Crm> started) {
    Path config = AgentRun.writeConfig(dir, CONFIG_WITH_CRM);
    TelephonyStarter starter =
        c -> {
          Telephony t = telephony.telephony();
          return new Telephony(
              t.calls(),
              new RegisteringThen(
                  telephony,
                  () -> {
                    CallId call = new CallId("in1");
                    var caller =
                        new RemoteParty(
                            "sip:+4930123456@127.0.0.1", "Ann", new PhoneNumber("+4930123456"));
                    telephony.emit(new CallEvent.Incoming(call, caller, Map.of()));
                    telephony.emit(new CallEvent.Answered(call));
                    telephony.emit(new CallEvent.Ended(call, EndReason.REMOTE_HANGUP, 0, "BYE"));
                  }),
              t.shutdown());
        };
    CrmStarter crmStarter =
        crmConfig -> {
          started.add(crmConfig);
          return crm.services();
        };
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        new HeadlessAgent(
                starter, crmStarter, level -> {}, Duration.ofSeconds(5), Duration.ofSeconds(2))
            .run(
                List.of("--config", config.toString()),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of("XDG_DATA_HOME", dir.toString()));
    return new AgentRun(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void anOfferedCallPopsTheCustomerAsEvents() {
    List<AgentConfig.Crm> started = new java.util.ArrayList<>();
    AgentRun run = runWithCall("", started);

    assertThat(run.exitCode()).isZero();
    assertThat(crm.lookups).containsExactly("in1 +4930123456");
    assertThat(crm.forgotten).containsExactly(new CallId("in1"));
    assertThat(run.stdout())
        .contains(
            "{\"event\":\"customer\",\"call\":\"in1\",\"state\":\"searching\",\"number\":\"+4930123456\"}",
            "{\"event\":\"customer\",\"call\":\"in1\",\"state\":\"matches\",\"number\":\"+4930123456\","
                + "\"customers\":[{\"id\":\"local:c-7\",\"name\":\"Ann Example\",\"interactions\":0,\"open_items\":0}]}");
    AgentConfig.Crm crmConfig = started.get(0);
    assertThat(crmConfig.connector()).isEqualTo("local");
    assertThat(crmConfig.defaultRegion()).isEqualTo("DE");
    assertThat(crmConfig.lookupTimeout()).isEqualTo(Duration.ofMillis(1500));
    assertThat(crmConfig.dataDir()).isEqualTo(dir.resolve("switchboard"));
    assertThat(crmConfig.options().path("customers").asText()).isEqualTo("sample");
    assertThat(crm.shutDown).isTrue();
  }

  @Test
  void wrapUpLogsTheEndedCallThroughTheJournal() {
    AgentRun run =
        runWithCall(
            "{\"cmd\":\"wrapup\",\"call\":\"in1\",\"disposition\":\"resolved\",\"notes\":\"refund"
                + " sent\",\"tags\":[\"billing\"],\"customer\":\"local:c-7\"}\n",
            new java.util.ArrayList<>());

    assertThat(run.exitCode()).isZero();
    assertThat(crm.logged).hasSize(1);
    CallRecord record = crm.logged.get(0);
    assertThat(record.key()).isEqualTo("in1");
    assertThat(record.direction()).isEqualTo(CallDirection.INBOUND);
    assertThat(record.from()).isEqualTo("+4930123456");
    assertThat(record.to()).isEqualTo("1001");
    assertThat(record.disposition()).isEqualTo("resolved");
    assertThat(record.notes()).isEqualTo("refund sent");
    assertThat(record.tags()).containsExactly("billing");
    assertThat(record.agent()).isEqualTo("Agent Smith");
    assertThat(record.customer()).isNotNull();
    assertThat(run.eventNames()).contains("logged", "outbox");
  }

  @Test
  void outboxCommandReportsUndeliveredEntries() {
    AgentRun run =
        runWithCall(
            "{\"cmd\":\"wrapup\",\"call\":\"in1\"}\n{\"cmd\":\"outbox\",\"id\":\"o1\"}\n",
            new java.util.ArrayList<>());

    JsonNode outbox =
        run.events().stream()
            .filter(e -> e.path("event").asText().equals("outbox"))
            .reduce((first, second) -> second)
            .orElseThrow();
    assertThat(outbox.path("failed").asInt()).isEqualTo(1);
    assertThat(outbox.path("entries").get(0).path("error").asText())
        .isEqualTo("crm.example answered 400");
  }

  @Test
  void wrapUpOfAnUnknownCallIsAnErrorAndTheAgentCarriesOn() {
    AgentRun run =
        runWithCall(
            "{\"cmd\":\"wrapup\",\"call\":\"nope\",\"id\":\"w1\"}\n"
                + "{\"cmd\":\"wrapup\",\"call\":\"in1\",\"tags\":\"oops\",\"id\":\"w2\"}\n",
            new java.util.ArrayList<>());

    assertThat(run.exitCode()).isZero();
    assertThat(run.stdout())
        .contains("no call nope to wrap up")
        .contains("\\\"tags\\\" must be an array of strings");
    assertThat(crm.logged).isEmpty();
  }

  @Test
  void crmSignInShowsTheCodeAndLinkThenReportsTheSignIn() {
    crm.signIn =
        () ->
            java.util.concurrent.CompletableFuture.completedFuture(
                new CrmSignIn.Started(
                    new CrmSignIn.Prompt(
                        "WDJB-MJHT", java.net.URI.create("https://crm.example.com/device")),
                    java.util.concurrent.CompletableFuture.completedFuture(null)));

    AgentRun run = runWithCall("{\"cmd\":\"crm_signin\"}\n", new java.util.ArrayList<>());

    assertThat(run.stdout())
        .contains(
            "{\"event\":\"crm_signin\",\"code\":\"WDJB-MJHT\",\"link\":\"https://crm.example.com/device\"}",
            "{\"event\":\"crm_signed_in\"}");
  }

  @Test
  void aRefusedSignInIsAnErrorAndACrmWithoutOAuthSaysSo() {
    AgentRun withoutOAuth =
        runWithCall("{\"cmd\":\"crm_signin\",\"id\":\"s1\"}\n", new java.util.ArrayList<>());
    assertThat(withoutOAuth.stdout()).contains("does not use OAuth");

    crm.signIn =
        () ->
            java.util.concurrent.CompletableFuture.completedFuture(
                new CrmSignIn.Started(
                    new CrmSignIn.Prompt(
                        "X", java.net.URI.create("https://crm.example.com/device")),
                    java.util.concurrent.CompletableFuture.failedFuture(
                        new IllegalStateException("the user declined"))));
    AgentRun declined =
        runWithCall("{\"cmd\":\"crm_signin\",\"id\":\"s2\"}\n", new java.util.ArrayList<>());
    assertThat(declined.stdout()).contains("CRM sign-in failed: the user declined");
  }

  @Test
  void crmCommandsWithoutACrmSectionSayHowToAddOne() {
    Path config = AgentRun.writeConfig(dir, AgentRun.VALID_CONFIG);
    AgentRun run =
        AgentRun.run(
            c -> telephony.telephony(), "{\"cmd\":\"outbox\"}\n", "--config", config.toString());

    assertThat(run.stdout()).contains("no CRM configured");
  }

  @Test
  void anUnknownConnectorIsRefusedNamingTheSetting() {
    Path config = AgentRun.writeConfig(dir, CONFIG_WITH_CRM.replace("\"local\"", "\"sugarcrm\""));
    AgentRun run = AgentRun.run(c -> telephony.telephony(), "", "--config", config.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.stderr()).contains("crm.connector must be one of").contains("sugarcrm");
  }
}
