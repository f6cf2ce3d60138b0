package org.switchboard.app.settings;

import java.util.Objects;
import org.switchboard.app.i18n.Language;

/**
 * Everything the settings screen saves, as one value. The password is not among it: it lives in the
 * OS keychain under {@link AccountSettings#passwordKey()}. The language is part of {@link
 * #account()} because the first settings file kept it there.
 */
public record DesktopSettings(
    AccountSettings account,
    AudioSettings audio,
    CrmSettings crm,
    QueueSettings queue,
    HotkeySettings hotkeys,
    AppearanceSettings appearance,
    AutoAnswerSettings autoAnswer,
    GeneralSettings general,
    ConnectionSettings connection) {

  public DesktopSettings {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(audio, "audio");
    Objects.requireNonNull(crm, "crm");
    Objects.requireNonNull(queue, "queue");
    Objects.requireNonNull(hotkeys, "hotkeys");
    Objects.requireNonNull(appearance, "appearance");
    Objects.requireNonNull(autoAnswer, "autoAnswer");
    Objects.requireNonNull(general, "general");
    Objects.requireNonNull(connection, "connection");
  }

  /** As before the connection section existed: its defaults. */
  public DesktopSettings(
      AccountSettings account,
      AudioSettings audio,
      CrmSettings crm,
      QueueSettings queue,
      HotkeySettings hotkeys,
      AppearanceSettings appearance,
      AutoAnswerSettings autoAnswer,
      GeneralSettings general) {
    this(
        account,
        audio,
        crm,
        queue,
        hotkeys,
        appearance,
        autoAnswer,
        general,
        ConnectionSettings.defaults());
  }

  /** What a first start uses. */
  public static DesktopSettings defaults() {
    return new DesktopSettings(
        AccountSettings.defaults(),
        AudioSettings.defaults(),
        CrmSettings.defaults(),
        QueueSettings.standalone(),
        HotkeySettings.defaults(),
        AppearanceSettings.defaults(),
        AutoAnswerSettings.defaults(),
        GeneralSettings.defaults(),
        ConnectionSettings.defaults());
  }

  /** The language of the user interface. */
  public Language language() {
    return account.language();
  }

  /** These settings with {@code replacement} as the account. */
  public DesktopSettings withAccount(AccountSettings replacement) {
    return new DesktopSettings(
        replacement, audio, crm, queue, hotkeys, appearance, autoAnswer, general, connection);
  }

  /** These settings with {@code replacement} as the connection section. */
  public DesktopSettings withConnection(ConnectionSettings replacement) {
    return new DesktopSettings(
        account, audio, crm, queue, hotkeys, appearance, autoAnswer, general, replacement);
  }

  /** These settings with {@code replacement} as the queue section. */
  public DesktopSettings withQueue(QueueSettings replacement) {
    return new DesktopSettings(
        account, audio, crm, replacement, hotkeys, appearance, autoAnswer, general, connection);
  }
}
