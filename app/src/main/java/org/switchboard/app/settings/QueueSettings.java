package org.switchboard.app.settings;

import java.util.Objects;

/**
 * The queue service.
 *
 * @param url its address as typed; empty means none: the desktop is a standalone softphone
 */
public record QueueSettings(String url) {
  public QueueSettings {
    Objects.requireNonNull(url, "url");
  }

  /** No queue service. */
  public static QueueSettings standalone() {
    return new QueueSettings("");
  }

  /** Whether there is no queue service. */
  public boolean isStandalone() {
    return url.isBlank();
  }
}
