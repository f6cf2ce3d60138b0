package org.switchboard.app.boot;

import java.io.InputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.switchboard.app.headless.HeadlessAgent;
import org.switchboard.app.logging.Logging;
import org.switchboard.keychain.OsKeychain;

/**
 * The headless agent's launcher ({@code switchboard-agent.jar}): wires the real adapters into
 * {@link HeadlessAgent}. Standard output carries JSON events only; logs go to standard error.
 */
public final class AgentMain {
  /** How long startup waits for the registrar's answer before calling it unreachable. */
  static final Duration REGISTER_TIMEOUT = Duration.ofSeconds(20);

  /** The bound on each shutdown step. */
  static final Duration STEP_TIMEOUT = Duration.ofSeconds(5);

  /** The first delay before reconnecting to the queue service; doubled up to the maximum. */
  static final Duration QUEUE_FIRST_RETRY = Duration.ofMillis(500);

  static final Duration QUEUE_MAX_RETRY = Duration.ofSeconds(30);

  private AgentMain() {}

  public static void main(String[] args) {
    System.exit(run(args, System.in, System.out, System.err, System.getenv()));
  }

  /** Runs the agent and returns its exit code (see app/README-draft.md). */
  public static int run(
      String[] args,
      InputStream stdin,
      PrintStream stdout,
      PrintStream stderr,
      Map<String, String> env) {
    Logging.install("warn");
    // libjitsi's PortAudio build kills the JVM on Linux without a libpulse link (RECIPES.md).
    if (System.getProperty(PORT_AUDIO_DISABLED) == null) {
      System.setProperty(PORT_AUDIO_DISABLED, "true");
    }
    HeadlessAgent agent =
        new HeadlessAgent(
            new AdapterTelephonyStarter(),
            new AdapterCrmStarter(Clock.systemUTC(), OsKeychain::new),
            new AdapterQueueStarter(Clock.systemUTC(), QUEUE_FIRST_RETRY, QUEUE_MAX_RETRY),
            Logging::setLevel,
            REGISTER_TIMEOUT,
            STEP_TIMEOUT);
    return agent.run(List.of(args), stdin, stdout, stderr, env);
  }

  private static final String PORT_AUDIO_DISABLED =
      "org.jitsi.impl.neomedia.device.PortAudioSystem.disabled";
}
