package org.switchboard.app.boot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.settings.AccountSettings;
import org.switchboard.app.settings.DesktopSettings;
import org.switchboard.app.settings.QueueSettings;
import org.switchboard.app.settings.SettingsStore;
import org.switchboard.core.Secret;
import org.switchboard.core.account.SipTransport;
import org.switchboard.core.secrets.SecretStore;
import org.switchboard.core.secrets.SecretStoreException;

/**
 * The "local centre" settings profile ({@code switchboard --local-centre}): the desktop signed in
 * as an agent of the sample contact centre ({@code queue-service/config/sample.yaml}) running on
 * this computer. It keeps its own settings in {@code <settings dir>/local-centre/}, never touching
 * the agent's normal settings, and fills them on first use: the SIP account (alice's extension
 * {@code 1001} at {@code 127.0.0.1:5070} over UDP, where the service's registrar is), the queue
 * service ({@code http://127.0.0.1:8070}, user {@code alice}), and the sample passwords in the
 * keychain under the settings' keys; the first-run wizard is then skipped, as settings exist.
 *
 * <p>Environment variables override the sample's values (for tests and other agents): {@value
 * #PREFIX}{@code USER}, {@code EXTENSION}, {@code SIP_PASSWORD}, {@code API_PASSWORD}, {@code
 * HOST}, {@code SIP_PORT}, {@code URL}.
 */
final class LocalCentre {
  /** The command-line option. */
  static final String OPTION = "--local-centre";

  static final String PREFIX = "SWITCHBOARD_LOCAL_CENTRE_";
  private static final Logger log = LoggerFactory.getLogger(LocalCentre.class);

  private LocalCentre() {}

  /** Whether {@code args} ask for the local centre. */
  static boolean requested(List<String> args) {
    return args.contains(OPTION);
  }

  /** {@code args} without the option, for the other options and a dial link. */
  static List<String> others(List<String> args) {
    return args.stream().filter(a -> !a.equals(OPTION)).toList();
  }

  /** The profile's settings directory inside the usual one. */
  static Path settingsDir(Path usual) {
    return usual.resolve("local-centre");
  }

  /**
   * Writes the profile's settings and puts its passwords into the keychain, unless settings exist
   * there already (the agent's own changes are kept).
   *
   * @return whether the settings were written now
   * @throws IOException when the settings file cannot be written
   * @throws SecretStoreException when the keychain refuses a password
   */
  static boolean prepare(Path dir, SecretStore secrets, Map<String, String> env)
      throws IOException, SecretStoreException {
    SettingsStore store = new SettingsStore(dir);
    if (store.exists()) {
      return false;
    }
    DesktopSettings settings = settings(env);
    secrets.put(
        settings.account().passwordKey(), Secret.of(value(env, "SIP_PASSWORD", "alice-phone")));
    secrets.put(
        settings.queue().passwordKey(), Secret.of(value(env, "API_PASSWORD", "alice-sample")));
    store.save(settings);
    log.info("wrote the local-centre settings to {}", store.file());
    return true;
  }

  /** The profile's settings, the sample's values overridden by {@code env}. */
  static DesktopSettings settings(Map<String, String> env) {
    String user = value(env, "USER", "alice");
    String host = value(env, "HOST", "127.0.0.1");
    int port;
    try {
      port = Integer.parseInt(value(env, "SIP_PORT", "5070"));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(PREFIX + "SIP_PORT: not a port number", e);
    }
    AccountSettings account =
        new AccountSettings(
            host,
            port,
            SipTransport.UDP,
            value(env, "EXTENSION", "1001"),
            "",
            host,
            user,
            Language.ENGLISH);
    return DesktopSettings.defaults()
        .withAccount(account)
        .withQueue(new QueueSettings(value(env, "URL", "http://127.0.0.1:8070"), user));
  }

  private static String value(Map<String, String> env, String name, String sample) {
    String v = env.get(PREFIX + name);
    return v == null || v.isBlank() ? sample : Objects.requireNonNull(v).strip();
  }
}
