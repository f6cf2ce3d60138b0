package org.switchboard.app.settings;

import java.util.Objects;

/**
 * The queue service. The agent's API password is not among these: it is kept in the OS keychain
 * under {@link #passwordKey()}, as the SIP password is under {@link AccountSettings#passwordKey()}.
 *
 * @param url its address as typed; empty means none: the desktop is a standalone softphone
 * @param user the agent's user id at the queue service, as typed
 */
public record QueueSettings(String url, String user) {
  public QueueSettings {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(user, "user");
  }

  /** A queue service at {@code url} with no user set yet. */
  public QueueSettings(String url) {
    this(url, "");
  }

  /** No queue service. */
  public static QueueSettings standalone() {
    return new QueueSettings("", "");
  }

  /** Whether there is no queue service. */
  public boolean isStandalone() {
    return url.isBlank();
  }

  /**
   * The keychain entry holding the agent's API password: {@code queue:<user>@<url>}, both stripped;
   * empty when the user or the URL is not set (nothing can be kept then).
   */
  public String passwordKey() {
    if (url.isBlank() || user.isBlank()) {
      return "";
    }
    return "queue:" + user.strip() + "@" + url.strip();
  }
}
