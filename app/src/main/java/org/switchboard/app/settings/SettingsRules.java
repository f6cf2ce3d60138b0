package org.switchboard.app.settings;

import java.util.Optional;
import java.util.function.Function;
import org.switchboard.app.hotkeys.HotkeyAction;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.app.settings.Checks.Problem;

/**
 * The settings screens' rules for a value, for settings that come from elsewhere (provisioning):
 * the same checks the sections make as the user types, by the field's path. An empty account field
 * is fine here (it is simply not set); the screens ask for what they need.
 */
public final class SettingsRules {
  private static final String FEED_EXAMPLE = "https://updates.example.com/feed.json";

  private SettingsRules() {}

  /**
   * What is wrong with the value at {@code path} in {@code settings}, in English as the settings
   * screen words it ({@code Enter a port number from 1 to 65535}); empty when it is fine or the
   * field has no rule beyond its type.
   */
  public static Optional<String> problem(DesktopSettings settings, String path) {
    return check(settings, path).map(p -> Localizer.format(Language.ENGLISH, p.key(), p.args()));
  }

  private static Optional<Problem> check(DesktopSettings s, String path) {
    AccountSettings a = s.account();
    switch (path) {
      case "host":
        return ifSet(a.host(), AccountSettingsValidator::host);
      case "port":
        return Problem.of(AccountSettingsValidator.port(Integer.toString(a.port())));
      case "user":
        return ifSet(a.user(), AccountSettingsValidator::user);
      case "authUser":
        return Problem.of(AccountSettingsValidator.authUser(a.authUser()));
      case "domain":
        return ifSet(a.domain(), AccountSettingsValidator::domain);
      case "crm.location":
        return CrmSettingsViewModel.check(s.crm().connector(), s.crm().location());
      case "queue.url":
        return QueueSettingsViewModel.check(s.queue().url());
      case "queue.user":
        return QueueSettingsViewModel.checkUser(s.queue().url(), s.queue().user());
      case "appearance.scale":
        return AppearanceViewModel.checkScale(s.appearance().scalePercent());
      case "autoAnswer.delaySeconds":
        return AutoAnswerViewModel.checkDelay(Integer.toString(s.autoAnswer().delaySeconds()));
      case "general.updateFeed":
        String feed = s.general().updateFeed();
        return feed.isBlank() || CrmSettingsViewModel.hasScheme(feed, "https")
            ? Optional.empty()
            : Optional.of(new Problem("settings.crm.invalidHttps", FEED_EXAMPLE));
      default:
        return path.startsWith("hotkeys.") ? hotkey(s.hotkeys(), path) : Optional.empty();
    }
  }

  private static Optional<Problem> ifSet(String value, Function<String, Optional<String>> rule) {
    return value.isBlank() ? Optional.empty() : Problem.of(rule.apply(value));
  }

  private static Optional<Problem> hotkey(HotkeySettings keys, String path) {
    for (HotkeyAction action : HotkeyAction.values()) {
      if (path.equals("hotkeys." + action.tag())) {
        return keys.get(action)
            .flatMap(
                hotkey ->
                    HotkeysViewModel.check(
                        action, hotkey, keys::get, key -> Localizer.format(Language.ENGLISH, key)));
      }
    }
    return Optional.empty();
  }
}
