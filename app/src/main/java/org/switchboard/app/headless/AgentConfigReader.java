package org.switchboard.app.headless;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.switchboard.app.headless.ConfigSection.ConfigProblem;
import org.switchboard.core.Secret;
import org.switchboard.core.account.SipAccount;
import org.switchboard.core.account.SipTransport;

/**
 * Reads the headless agent's JSON configuration file strictly: unknown keys, missing settings and
 * invalid values are reported naming the file and the setting, with exit code {@link
 * ExitCode#USAGE}. See app/README-draft.md for the keys and their defaults.
 */
public final class AgentConfigReader {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private static final int PORT_MAX = 65535;
  private static final int DEFAULT_EXPIRY = 600;
  private static final List<String> CRM_CONNECTORS =
      List.of("local", "rest", "hubspot", "salesforce", "zendesk", "dynamics", "ldap");

  private final Map<String, String> env;

  /**
   * @param env the environment, for {@code account.passwordEnv}
   */
  public AgentConfigReader(Map<String, String> env) {
    this.env = Map.copyOf(env);
  }

  /** Reads and validates {@code file}. */
  public AgentConfig read(Path file) throws AgentFailure {
    String text;
    try {
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new AgentFailure(ExitCode.USAGE, "config file " + file + " does not exist");
    } catch (IOException e) {
      throw new AgentFailure(
          ExitCode.USAGE, "cannot read config file " + file + ": " + describe(e), e);
    }
    return parse(text, file.toString());
  }

  /** Parses and validates {@code text}; {@code source} names it in messages. */
  AgentConfig parse(String text, String source) throws AgentFailure {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new AgentFailure(ExitCode.USAGE, source + ": malformed JSON " + where(e), e);
    }
    if (root == null || root.isMissingNode()) {
      throw new AgentFailure(ExitCode.USAGE, source + ": the file is empty");
    }
    try {
      return toConfig(root);
    } catch (ConfigProblem | IllegalArgumentException e) {
      throw new AgentFailure(ExitCode.USAGE, source + ": " + e.getMessage(), e);
    }
  }

  private AgentConfig toConfig(JsonNode root) {
    ConfigSection top = ConfigSection.root(root, Set.of("account", "sip", "media", "crm", "queue"));
    SipAccount account = account(top);
    ConfigSection sip = top.section("sip", Set.of("listenAddress", "port", "transport"));
    AgentConfig.Sip listen =
        new AgentConfig.Sip(
            sip.requiredText("listenAddress"),
            sip.integer("port", 5060, 1, PORT_MAX),
            transport(sip, account.transport()));
    AgentConfig.Crm crm = top.has("crm") ? crm(top, account.user()) : null;
    AgentConfig.Queue queue = top.has("queue") ? QueueConfigReader.read(top, env) : null;
    return new AgentConfig(account, listen, media(top, listen.listenAddress()), crm, queue);
  }

  private SipAccount account(ConfigSection top) {
    ConfigSection a =
        top.section(
            "account",
            Set.of(
                "user",
                "domain",
                "displayName",
                "authUser",
                "password",
                "passwordEnv",
                "registrar",
                "transport",
                "registerExpiry",
                "options"));
    String user = a.requiredText("user");
    SipTransport transport = transport(a, SipTransport.UDP);
    ConfigSection registrar = a.section("registrar", Set.of("host", "port"));
    int defaultPort = transport == SipTransport.TLS ? 5061 : 5060;
    return new SipAccount(
        user,
        a.requiredText("domain"),
        a.textAllowingEmpty("displayName", ""),
        a.text("authUser", user),
        password(a),
        registrar.requiredText("host"),
        registrar.integer("port", defaultPort, 1, PORT_MAX),
        transport,
        a.integer("registerExpiry", DEFAULT_EXPIRY, 30, Integer.MAX_VALUE),
        AccountOptionsReader.read(a));
  }

  private Secret password(ConfigSection a) {
    boolean literal = a.has("password");
    boolean fromEnv = a.has("passwordEnv");
    if (literal && fromEnv) {
      throw new ConfigProblem(
          "give either " + a.name("password") + " or " + a.name("passwordEnv") + ", not both");
    }
    if (literal) {
      return Secret.of(a.textAllowingEmpty("password", ""));
    }
    if (fromEnv) {
      String variable = a.requiredText("passwordEnv");
      String value = env.get(variable);
      if (value == null) {
        throw new ConfigProblem(
            a.name("passwordEnv")
                + " names the environment variable "
                + variable
                + ", which is not set");
      }
      return Secret.of(value);
    }
    throw new ConfigProblem(a.name("password") + " (or " + a.name("passwordEnv") + ") is missing");
  }

  private static AgentConfig.Media media(ConfigSection top, String defaultAddress) {
    ConfigSection m =
        top.section("media", Set.of("address", "rtpPortMin", "rtpPortMax", "source", "sink"));
    int min = m.integer("rtpPortMin", 16384, 1, PORT_MAX);
    int max = m.integer("rtpPortMax", Math.min(PORT_MAX, min + 1000), 1, PORT_MAX);
    if (max <= min) {
      throw new ConfigProblem(
          m.name("rtpPortMax")
              + " must be above "
              + m.name("rtpPortMin")
              + " (RTP and RTCP need two ports), was "
              + max
              + " <= "
              + min);
    }
    return new AgentConfig.Media(
        m.text("address", defaultAddress),
        min,
        max,
        AudioSpecs.source(m.text("source", "device"), m.name("source")),
        AudioSpecs.sink(m.text("sink", "device"), m.name("sink")));
  }

  private AgentConfig.Crm crm(ConfigSection top, String user) {
    ConfigSection c =
        top.section(
            "crm",
            Set.of("connector", "dataDir", "defaultRegion", "lookupTimeoutMs", "agent", "options"));
    String connector = c.requiredText("connector");
    if (!CRM_CONNECTORS.contains(connector)) {
      throw new ConfigProblem(
          c.name("connector") + " must be one of " + CRM_CONNECTORS + ", was '" + connector + "'");
    }
    String dataDir = c.optionalText("dataDir");
    return new AgentConfig.Crm(
        connector,
        dataDir == null ? DataDirectory.defaultFor(env) : Path.of(dataDir),
        c.text("defaultRegion", "US"),
        Duration.ofMillis(c.integer("lookupTimeoutMs", 1500, 100, 60_000)),
        c.text("agent", user),
        c.object("options"));
  }

  private static SipTransport transport(ConfigSection section, SipTransport fallback) {
    String text = section.optionalText("transport");
    if (text == null) {
      return fallback;
    }
    try {
      return SipTransport.parse(text);
    } catch (IllegalArgumentException e) {
      throw new ConfigProblem(
          section.name("transport") + " must be udp, tcp or tls, was '" + text + "'");
    }
  }

  private static String where(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    String what = e.getOriginalMessage();
    if (at == null) {
      return ": " + what;
    }
    return "at line " + at.getLineNr() + ", column " + at.getColumnNr() + ": " + what;
  }

  private static String describe(IOException e) {
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message;
  }
}
