package org.switchboard.app.headless;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.account.SipTransport;
import org.switchboard.core.media.AudioSink;
import org.switchboard.core.media.AudioSource;

/**
 * The headless agent's command line. Every field but {@link #config()} overrides the file; null
 * means "not given".
 */
public record AgentOptions(
    @Nullable Path config,
    boolean help,
    @Nullable Integer sipPort,
    @Nullable SipTransport transport,
    @Nullable String logLevel,
    @Nullable AudioSource source,
    @Nullable AudioSink sink) {

  /** The text {@code --help} prints. */
  public static final String USAGE =
      """
      usage: switchboard-agent --config FILE [options]

      Registers one SIP account and is driven by JSON lines: commands on standard input,
      events on standard output; logs go to standard error.

      options:
        --config FILE          the JSON configuration (see agent.example.json)
        --sip-port N           local SIP port (overrides sip.port)
        --transport T          udp, tcp or tls (overrides account.transport and sip.transport)
        --log-level L          error, warn (default), info, debug or trace
        --source S             device[:ID], wav:PATH, tone:HZ or silence (overrides media.source)
        --sink S               device[:ID], wav:PATH or discard (overrides media.sink)
        --record PATH          the same as --sink wav:PATH; {call} becomes the call's id
        --help                 this text

      commands:   {"cmd":"dial","target":"2002"}  answer  hangup  hold  resume
                  {"cmd":"transfer","target":"2003"}  {"cmd":"dtmf","digits":"12#"}  quit
                  (optional "call":"<id>" and "id":"<your tag>")
      exit codes: 0 ok, 1 other error, 2 usage or configuration, 3 credentials rejected,
                  4 registrar unreachable, 5 local port or stack failure
      """;

  private static final Set<String> LEVELS = Set.of("error", "warn", "info", "debug", "trace");

  /**
   * Parses {@code args}.
   *
   * @throws AgentFailure with {@link ExitCode#USAGE} naming the bad option
   */
  public static AgentOptions parse(List<String> args) throws AgentFailure {
    Builder b = new Builder();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      String name = arg;
      String value = null;
      int equals = arg.indexOf('=');
      if (arg.startsWith("--") && equals > 0) {
        name = arg.substring(0, equals);
        value = arg.substring(equals + 1);
      }
      if (name.equals("--help") || name.equals("-h")) {
        b.help = true;
        continue;
      }
      if (value == null) {
        if (!isKnown(name)) {
          throw usage("unknown option '" + arg + "'");
        }
        if (i + 1 >= args.size()) {
          throw usage(name + " needs a value");
        }
        value = args.get(++i);
      }
      b.set(name, value);
    }
    if (!b.help && b.config == null) {
      throw usage("--config FILE is required");
    }
    return new AgentOptions(b.config, b.help, b.sipPort, b.transport, b.logLevel, b.source, b.sink);
  }

  private static boolean isKnown(String name) {
    return Set.of(
            "--config",
            "--sip-port",
            "--transport",
            "--log-level",
            "--source",
            "--sink",
            "--record")
        .contains(name);
  }

  private static AgentFailure usage(String message) {
    return new AgentFailure(ExitCode.USAGE, message + " (see --help)");
  }

  private static final class Builder {
    @Nullable Path config;
    boolean help;
    @Nullable Integer sipPort;
    @Nullable SipTransport transport;
    @Nullable String logLevel;
    @Nullable AudioSource source;
    @Nullable AudioSink sink;

    void set(String name, String value) throws AgentFailure {
      try {
        switch (name) {
          case "--config" -> config = Path.of(value);
          case "--sip-port" -> sipPort = port(value);
          case "--transport" -> transport = transport(value);
          case "--log-level" -> logLevel = level(value);
          case "--source" -> source = AudioSpecs.source(value, "--source");
          case "--sink" -> sink = AudioSpecs.sink(value, "--sink");
          case "--record" -> sink = AudioSpecs.sink("wav:" + value, "--record");
          default -> throw usage("unknown option '" + name + "'");
        }
      } catch (IllegalArgumentException e) {
        throw usage(String.valueOf(e.getMessage()));
      }
    }

    private static int port(String value) {
      try {
        int port = Integer.parseInt(value.trim());
        if (port >= 1 && port <= 65535) {
          return port;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new IllegalArgumentException("--sip-port must be 1-65535, was '" + value + "'");
    }

    private static SipTransport transport(String value) {
      try {
        return SipTransport.parse(value);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "--transport must be udp, tcp or tls, was '" + value + "'", e);
      }
    }

    private static String level(String value) {
      String level = value.trim().toLowerCase(Locale.ROOT);
      if (!LEVELS.contains(level)) {
        throw new IllegalArgumentException(
            "--log-level must be error, warn, info, debug or trace, was '" + value + "'");
      }
      return level;
    }
  }
}
