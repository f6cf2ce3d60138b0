package org.switchboard.app.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.hotkeys.HotkeyAction;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.theme.Theme;
import org.switchboard.core.account.SipTransport;

/**
 * The settings file's JSON. The account's fields and the language sit at the top level, as in the
 * first version of the file; each later section is an object of its own ({@code audio}, {@code
 * crm}, {@code queue}, {@code hotkeys}, {@code appearance}, {@code autoAnswer}, {@code general},
 * {@code connection}). A missing field or section takes its default, so older files still load;
 * unknown fields are ignored. A value of the wrong type or an unknown name throws {@link
 * SettingsFieldException} naming the field. Provisioning files carry the same shape
 * (docs/provisioning.md).
 */
public final class SettingsJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private SettingsJson() {}

  /** Every field of {@code s}, every section present. */
  public static ObjectNode write(DesktopSettings s) {
    ObjectNode node = NODES.objectNode();
    AccountSettings a = s.account();
    node.put("host", a.host());
    node.put("port", a.port());
    node.put("transport", a.transport().name().toLowerCase(Locale.ROOT));
    node.put("user", a.user());
    node.put("authUser", a.authUser());
    node.put("domain", a.domain());
    node.put("displayName", a.displayName());
    node.put("language", a.language().tag());
    AudioJson.write(node.putObject("audio"), s.audio());
    ObjectNode crm = node.putObject("crm");
    crm.put("connector", s.crm().connector().tag());
    crm.put("location", s.crm().location());
    ObjectNode queue = node.putObject("queue");
    queue.put("url", s.queue().url());
    queue.put("user", s.queue().user());
    ObjectNode hotkeys = node.putObject("hotkeys");
    for (HotkeyAction action : HotkeyAction.values()) {
      hotkeys.put(action.tag(), s.hotkeys().get(action).map(Hotkey::format).orElse(""));
    }
    ObjectNode appearance = node.putObject("appearance");
    appearance.put("theme", s.appearance().theme().tag());
    appearance.put("scale", s.appearance().scalePercent());
    ObjectNode autoAnswer = node.putObject("autoAnswer");
    autoAnswer.put("mode", s.autoAnswer().mode().tag());
    autoAnswer.put("delaySeconds", s.autoAnswer().delaySeconds());
    ObjectNode general = node.putObject("general");
    general.put("startAtLogin", s.general().startAtLogin());
    general.put("updates", s.general().updates().tag());
    general.put("updateFeed", s.general().updateFeed());
    ObjectNode connection = node.putObject("connection");
    ConnectionSettings c = s.connection();
    connection.put("outboundProxy", c.outboundProxy());
    connection.put("dtmf", ConnectionSettings.dtmfTag(c.dtmf()));
    connection.put("directCalls", c.directCalls());
    connection.put("keepAliveSeconds", c.keepAliveSeconds());
    connection.put("sessionExpiresSeconds", c.sessionExpiresSeconds());
    connection.put("tlsTrustFile", c.tlsTrustFile());
    connection.put("dnsServers", c.dnsServers());
    return node;
  }

  /**
   * The settings {@code node} holds; missing fields take the built-in defaults.
   *
   * @throws SettingsFieldException when a field has the wrong type or an unknown name
   * @throws IllegalArgumentException when {@code node} is not a JSON object
   */
  public static DesktopSettings read(@Nullable JsonNode node) {
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    DesktopSettings d = DesktopSettings.defaults();
    return new DesktopSettings(
        account(node, d.account()),
        AudioJson.read(section(node, "audio"), d.audio()),
        crm(section(node, "crm"), d.crm()),
        new QueueSettings(
            text(section(node, "queue"), "queue.url", d.queue().url()),
            text(section(node, "queue"), "queue.user", d.queue().user())),
        hotkeys(section(node, "hotkeys")),
        appearance(section(node, "appearance"), d.appearance()),
        autoAnswer(section(node, "autoAnswer"), d.autoAnswer()),
        general(section(node, "general"), d.general()),
        connection(section(node, "connection"), d.connection()));
  }

  private static AccountSettings account(JsonNode node, AccountSettings d) {
    return new AccountSettings(
        text(node, "host", d.host()),
        number(node, "port", d.port()),
        named(node, "transport", d.transport(), SettingsJson::transport),
        text(node, "user", d.user()),
        text(node, "authUser", d.authUser()),
        text(node, "domain", d.domain()),
        text(node, "displayName", d.displayName()),
        named(node, "language", d.language(), Language::fromTag));
  }

  private static CrmSettings crm(JsonNode node, CrmSettings d) {
    return new CrmSettings(
        named(node, "crm.connector", d.connector(), CrmKind::fromTag),
        text(node, "crm.location", d.location()));
  }

  /** A missing action keeps its default; an empty string means no hotkey. */
  private static HotkeySettings hotkeys(JsonNode node) {
    Map<HotkeyAction, Hotkey> keys = new EnumMap<>(HotkeyAction.class);
    for (HotkeyAction action : HotkeyAction.values()) {
      String name = "hotkeys." + action.tag();
      String text = text(node, name, Hotkey.parse(action.defaultKeys()).format());
      if (text.isBlank()) {
        continue;
      }
      try {
        keys.put(action, Hotkey.parse(text));
      } catch (IllegalArgumentException e) {
        throw new SettingsFieldException(name, String.valueOf(e.getMessage()));
      }
    }
    return new HotkeySettings(keys);
  }

  private static AppearanceSettings appearance(JsonNode node, AppearanceSettings d) {
    return new AppearanceSettings(
        named(node, "appearance.theme", d.theme(), Theme::fromTag),
        number(node, "appearance.scale", d.scalePercent()));
  }

  private static AutoAnswerSettings autoAnswer(JsonNode node, AutoAnswerSettings d) {
    return new AutoAnswerSettings(
        named(node, "autoAnswer.mode", d.mode(), AutoAnswerMode::fromTag),
        number(node, "autoAnswer.delaySeconds", d.delaySeconds()));
  }

  private static GeneralSettings general(JsonNode node, GeneralSettings d) {
    return new GeneralSettings(
        flag(node, "general.startAtLogin", d.startAtLogin()),
        named(node, "general.updates", d.updates(), UpdatePolicy::fromTag),
        text(node, "general.updateFeed", d.updateFeed()));
  }

  private static ConnectionSettings connection(JsonNode node, ConnectionSettings d) {
    return new ConnectionSettings(
        text(node, "connection.outboundProxy", d.outboundProxy()),
        named(node, "connection.dtmf", d.dtmf(), ConnectionSettings::dtmfFromTag),
        flag(node, "connection.directCalls", d.directCalls()),
        number(node, "connection.keepAliveSeconds", d.keepAliveSeconds()),
        number(node, "connection.sessionExpiresSeconds", d.sessionExpiresSeconds()),
        text(node, "connection.tlsTrustFile", d.tlsTrustFile()),
        text(node, "connection.dnsServers", d.dnsServers()));
  }

  /** The object {@code name}, or an empty one when it is missing. */
  private static JsonNode section(JsonNode node, String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return NODES.objectNode();
    }
    if (!value.isObject()) {
      throw new SettingsFieldException(name, "must be an object");
    }
    return value;
  }

  /** {@code path} is the field's name in messages; its last segment is the key in {@code node}. */
  private static String text(JsonNode node, String path, String fallback) {
    JsonNode value = node.get(path.substring(path.lastIndexOf('.') + 1));
    if (value == null || value.isNull()) {
      return fallback;
    }
    if (!value.isTextual()) {
      throw new SettingsFieldException(path, "must be a string");
    }
    return value.asText();
  }

  private static int number(JsonNode node, String path, int fallback) {
    JsonNode value = node.get(path.substring(path.lastIndexOf('.') + 1));
    if (value == null || value.isNull()) {
      return fallback;
    }
    if (!value.canConvertToInt() || !value.isIntegralNumber()) {
      throw new SettingsFieldException(path, "must be a whole number");
    }
    return value.intValue();
  }

  private static boolean flag(JsonNode node, String path, boolean fallback) {
    JsonNode value = node.get(path.substring(path.lastIndexOf('.') + 1));
    if (value == null || value.isNull()) {
      return fallback;
    }
    if (!value.isBoolean()) {
      throw new SettingsFieldException(path, "must be true or false");
    }
    return value.booleanValue();
  }

  private static <T> T named(
      JsonNode node, String path, T fallback, Function<String, Optional<T>> lookup) {
    String missing = "\u0000";
    String text = text(node, path, missing);
    if (text.equals(missing)) {
      return fallback;
    }
    return lookup
        .apply(text)
        .orElseThrow(() -> new SettingsFieldException(path, "unknown value '" + text + "'"));
  }

  private static Optional<SipTransport> transport(String text) {
    try {
      return Optional.of(SipTransport.parse(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
