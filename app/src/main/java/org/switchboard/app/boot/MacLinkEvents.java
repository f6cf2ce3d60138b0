package org.switchboard.app.boot;

import java.awt.Desktop;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.app.links.DialLink;
import org.switchboard.app.links.InvalidDialLinkException;
import org.switchboard.app.links.SingleInstance;

/**
 * macOS opens a {@code sip:}, {@code tel:}… link (registered in the app's Info.plist, see
 * installers/README.md) by sending the running app an Apple event rather than starting it with the
 * link as an argument. This hands such links to the same path a second start's link takes, so the
 * desktop asks before dialling. On other systems AWT does not offer the event and nothing is
 * installed.
 */
final class MacLinkEvents {
  private static final Logger log = LoggerFactory.getLogger(MacLinkEvents.class);

  private MacLinkEvents() {}

  /** Listens for open-URI events when the platform sends them. */
  static void install(SingleInstance instance) {
    // Only on macOS: on Linux, asking AWT's Desktop anything loads GTK 2, after which JavaFX
    // cannot load GTK 3 and does not start (the installed package's smoke test caught it).
    if (!System.getProperty("os.name", "").startsWith("Mac") || !Desktop.isDesktopSupported()) {
      return;
    }
    Desktop desktop = Desktop.getDesktop();
    if (!desktop.isSupported(Desktop.Action.APP_OPEN_URI)) {
      return;
    }
    desktop.setOpenURIHandler(event -> take(instance, event.getURI()));
  }

  /** Parses {@code uri} as untrusted input; a link that is not one is logged and dropped. */
  static void take(SingleInstance instance, URI uri) {
    try {
      instance.accept(DialLink.parse(uri.toString()));
    } catch (InvalidDialLinkException e) {
      log.warn("ignored a link the system opened: {}", e.getMessage());
    }
  }
}
