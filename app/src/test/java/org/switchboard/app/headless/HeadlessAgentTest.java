package org.switchboard.app.headless;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.headless.FakeTelephony.RegistrationBehaviour;
import org.switchboard.core.account.RegistrationException;
import org.switchboard.core.account.RegistrationFailure;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.HoldSide;

class HeadlessAgentTest {
  @TempDir Path dir;
  private final FakeTelephony fake = new FakeTelephony();

  private AgentRun run(String stdin) {
    Path config = AgentRun.writeConfig(dir, AgentRun.VALID_CONFIG);
    return AgentRun.run(c -> fake.telephony(), stdin, "--config", config.toString());
  }

  @Test
  void registersThenRunsCommandsAndStopsAtEndOfInput() {
    AgentRun run = run("{\"cmd\":\"dial\",\"target\":\"2002\"}\n{\"cmd\":\"hold\"}\n");

    assertThat(run.exitCode()).isZero();
    assertThat(run.eventNames()).containsExactly("registered", "dialing", "ended", "stopped");
    assertThat(run.events().get(0).path("expires").asInt()).isEqualTo(300);
    assertThat(fake.commands)
        .containsExactly("register", "dial 2002", "hold c1", "hangup c1", "unregister");
    assertThat(fake.shutDown).isTrue();
    assertThat(run.stderr()).isEmpty();
  }

  @Test
  void quitHangsUpUnregistersAndStopsWithoutReadingFurther() {
    AgentRun run =
        run(
            "{\"cmd\":\"dial\",\"target\":\"2002\"}\n{\"cmd\":\"quit\"}\n{\"cmd\":\"dial\",\"target\":\"9\"}\n");

    assertThat(run.exitCode()).isZero();
    assertThat(fake.commands).containsExactly("register", "dial 2002", "hangup c1", "unregister");
    assertThat(run.eventNames()).endsWith("stopped");
    assertThat(fake.shutDown).isTrue();
  }

  @Test
  void callEventsBecomeJsonLines() {
    FakeTelephony f = fake;
    TelephonyStarter starter =
        c -> {
          Telephony t = f.telephony();
          return new Telephony(t.calls(), new RegisteringThenEmitting(f), t.shutdown());
        };
    Path config = AgentRun.writeConfig(dir, AgentRun.VALID_CONFIG);
    AgentRun run = AgentRun.run(starter, "", "--config", config.toString());

    assertThat(run.stdout())
        .contains(
            "{\"event\":\"incoming\",\"call\":\"in1\",\"from\":\"sip:1002@example.com\",\"number\":null,\"name\":\"Ann\",\"headers\":{}}",
            "{\"event\":\"ringing\",\"call\":\"in1\",\"early_media\":true}",
            "{\"event\":\"answered\",\"call\":\"in1\"}",
            "{\"event\":\"held\",\"call\":\"in1\",\"by\":\"remote\"}",
            "{\"event\":\"resumed\",\"call\":\"in1\"}",
            "{\"event\":\"transfer\",\"call\":\"in1\",\"status\":200,\"outcome\":\"succeeded\"}",
            "{\"event\":\"dtmf\",\"call\":\"in1\",\"digit\":\"#\"}",
            "{\"event\":\"quality\",\"call\":\"in1\",\"mos\":4.3,\"loss_percent\":0.0,\"jitter_ms\":1.0,\"rtt_ms\":0.0,\"grade\":\"good\"}",
            "{\"event\":\"ended\",\"call\":\"in1\",\"reason\":\"remote_hangup\",\"status\":0,\"detail\":\"BYE\"}");
  }

  @Test
  void rejectedCredentialsExitWith3AndOneLineWithoutThePassword() {
    fake.registration = RegistrationBehaviour.WRONG_PASSWORD;
    AgentRun run = run("");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.eventNames()).containsExactly("registration_failed");
    assertThat(run.events().get(0).path("reason").asText()).isEqualTo("authentication_rejected");
    assertThat(run.events().get(0).path("status").asInt()).isEqualTo(403);
    assertThat(run.stderr())
        .isEqualTo(
            "switchboard-agent: cannot register 1001@127.0.0.1: the registrar rejected the"
                + " credentials (403)"
                + System.lineSeparator());
    assertThat(run.stdout() + run.stderr()).doesNotContain("s3cret-pw");
    assertThat(fake.shutDown).isTrue();
  }

  @Test
  void anUnreachableRegistrarExitsWith4() {
    fake.registration = RegistrationBehaviour.UNREACHABLE;
    AgentRun run = run("");

    assertThat(run.exitCode()).isEqualTo(4);
    assertThat(run.eventNames()).containsExactly("registration_failed");
    assertThat(run.stderr())
        .startsWith(
            "switchboard-agent: cannot register 1001@127.0.0.1: the registrar at"
                + " 127.0.0.1:5060/udp is unreachable")
        .doesNotContain("\tat ");
  }

  @Test
  void aRegistrarThatNeverAnswersIsUnreachableAfterTheBoundedWait() {
    fake.registration = RegistrationBehaviour.NEVER_ANSWERS;
    Path config = AgentRun.writeConfig(dir, AgentRun.VALID_CONFIG);
    AgentRun run =
        AgentRun.run(
            c -> fake.telephony(),
            Duration.ofMillis(200),
            "",
            Map.of(),
            "--config",
            config.toString());

    assertThat(run.exitCode()).isEqualTo(4);
    assertThat(run.stderr()).contains("unreachable (no answer within 0 s)");
  }

  @Test
  void registrationFailuresMapToMessagesAndCodes() throws Exception {
    var account =
        new AgentConfigReader(Map.of()).parse(AgentRun.VALID_CONFIG, "agent.json").account();
    assertThat(failure(account, RegistrationFailure.AUTHENTICATION_REJECTED, 401, "401 again"))
        .isEqualTo(
            "3 cannot register 1001@127.0.0.1: the registrar rejected the credentials (401)");
    assertThat(failure(account, RegistrationFailure.UNREACHABLE, 0, "ICMP port unreachable"))
        .isEqualTo(
            "4 cannot register 1001@127.0.0.1: the registrar at 127.0.0.1:5060/udp is unreachable"
                + " (ICMP port unreachable)");
    assertThat(failure(account, RegistrationFailure.REJECTED, 500, "Server Internal Error"))
        .isEqualTo(
            "1 cannot register 1001@127.0.0.1: the registrar refused the registration (500):"
                + " Server Internal Error");
    assertThat(failure(account, RegistrationFailure.LOCAL_ERROR, 0, "transport closed"))
        .isEqualTo(
            "5 cannot register 1001@127.0.0.1: the local SIP stack failed (transport closed)");
  }

  @Test
  void aStackThatCannotStartExitsWithItsCodeAndLine() {
    Path config = AgentRun.writeConfig(dir, AgentRun.VALID_CONFIG);
    AgentRun run =
        AgentRun.run(
            c -> {
              throw new AgentFailure(
                  ExitCode.LOCAL, "cannot start SIP on 127.0.0.1:16000/udp: in use");
            },
            "",
            "--config",
            config.toString());

    assertThat(run.exitCode()).isEqualTo(5);
    assertThat(run.stderr())
        .isEqualTo(
            "switchboard-agent: cannot start SIP on 127.0.0.1:16000/udp: in use"
                + System.lineSeparator());
    assertThat(run.stdout()).isEmpty();
  }

  @Test
  void anUnexpectedExceptionIsOneLineAndExit1() {
    Path config = AgentRun.writeConfig(dir, AgentRun.VALID_CONFIG);
    AgentRun run =
        AgentRun.run(
            c -> {
              throw new IllegalStateException("boom\nsecond line");
            },
            "",
            "--config",
            config.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.stderr())
        .isEqualTo(
            "switchboard-agent: unexpected error: java.lang.IllegalStateException: boom second"
                + " line"
                + System.lineSeparator());
  }

  @Test
  void overridesReachTheStarter() {
    Path config = AgentRun.writeConfig(dir, AgentRun.VALID_CONFIG);
    AgentConfig[] seen = new AgentConfig[1];
    AgentRun.run(
        c -> {
          seen[0] = c;
          return fake.telephony();
        },
        "",
        "--config",
        config.toString(),
        "--sip-port",
        "16010",
        "--transport",
        "tcp",
        "--source",
        "tone:440",
        "--record",
        "/tmp/heard-{call}.wav");

    AgentConfig c = seen[0];
    assertThat(c.sip().port()).isEqualTo(16010);
    assertThat(c.sip().transport().name()).isEqualTo("TCP");
    assertThat(c.account().transport().name()).isEqualTo("TCP");
    assertThat(c.media().source()).isEqualTo(new org.switchboard.core.media.AudioSource.Tone(440));
    assertThat(c.media().sink())
        .isEqualTo(
            new org.switchboard.core.media.AudioSink.WavFile(Path.of("/tmp/heard-{call}.wav")));
  }

  private static String failure(
      org.switchboard.core.account.SipAccount account,
      RegistrationFailure failure,
      int status,
      String detail) {
    AgentFailure f =
        RegistrationFailures.of(account, new RegistrationException(failure, status, detail));
    return f.exitCode().code() + " " + f.getMessage();
  }

  /** Registers, then plays a whole inbound call's events. */
  private static final class RegisteringThenEmitting
      implements org.switchboard.core.account.AccountRegistration {
    private final FakeTelephony fake;

    RegisteringThenEmitting(FakeTelephony fake) {
      this.fake = fake;
    }

    @Override
    public java.util.concurrent.CompletableFuture<Void> register() {
      CallId call = new CallId("in1");
      fake.incoming("in1");
      fake.emit(new CallEvent.RemoteRinging(call, true));
      fake.emit(new CallEvent.Answered(call));
      fake.emit(new CallEvent.Held(call, HoldSide.REMOTE));
      fake.emit(new CallEvent.Resumed(call));
      fake.emit(new CallEvent.TransferProgress(call, 200));
      fake.emit(new CallEvent.DtmfReceived(call, '#'));
      fake.emit(
          new CallEvent.QualityChanged(
              call,
              new org.switchboard.core.call.CallQuality(
                  4.3, 0.0, java.time.Duration.ofMillis(1), java.time.Duration.ZERO)));
      fake.emit(
          new CallEvent.Ended(call, org.switchboard.core.call.EndReason.REMOTE_HANGUP, 0, "BYE"));
      return java.util.concurrent.CompletableFuture.completedFuture(null);
    }

    @Override
    public java.util.concurrent.CompletableFuture<Void> unregister() {
      return java.util.concurrent.CompletableFuture.completedFuture(null);
    }

    @Override
    public org.switchboard.core.Subscription addRegistrationListener(
        org.switchboard.core.account.RegistrationListener listener) {
      return () -> {};
    }
  }
}
