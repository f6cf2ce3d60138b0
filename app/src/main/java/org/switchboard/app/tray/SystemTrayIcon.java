package org.switchboard.app.tray;

import java.awt.AWTException;
import java.awt.EventQueue;
import java.awt.GraphicsEnvironment;
import java.awt.Menu;
import java.awt.MenuItem;
import java.awt.PopupMenu;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.Observable;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.app.agent.PresenceChoice;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.core.agent.Presence;

/**
 * The tray icon: a circle in the presence's colour ({@link TrayPresence}), its tooltip, and a menu
 * (show window; ready; not ready with each reason; offline; quit). Double-clicking the icon shows
 * the window.
 *
 * <p>{@link #install()} does nothing and returns {@code false} where AWT is headless or the desktop
 * has no tray (CI, Monocle, pure Wayland, GNOME without an extension); it never throws. In
 * production the desktop must not set {@code java.awt.headless=true}: AWT then starts only when a
 * display exists, and the tray is used only if {@link SystemTray#isSupported()} says so. AWT menus
 * use AWT's fonts, which may lack Persian or Arabic glyphs on some Linux desktops.
 *
 * <p>Threads: construct, {@code install} and {@code close} on the JavaFX application thread. The
 * icon is built and changed on the AWT event thread; its menu's actions run through {@code fx}
 * (Platform::runLater). While the icon exists AWT keeps the JVM alive: {@link #close()} when the
 * application stops.
 */
public final class SystemTrayIcon implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(SystemTrayIcon.class);

  private final TrayPresence vm;
  private final Localizer localizer;
  private final Executor fx;
  private final Runnable showWindow;
  private final Runnable quit;
  private volatile @Nullable TrayIcon icon;
  private volatile boolean installed;
  private boolean started;

  /**
   * @param fx runs the menu's actions on the JavaFX application thread ({@code Platform::runLater})
   * @param showWindow shows and raises the main window, e.g. {@code () ->
   *     MinimiseToTray.restore(stage)}
   * @param quit ends the application (called on the JavaFX thread)
   */
  public SystemTrayIcon(
      TrayPresence vm, Localizer localizer, Executor fx, Runnable showWindow, Runnable quit) {
    this.vm = Objects.requireNonNull(vm, "vm");
    this.localizer = Objects.requireNonNull(localizer, "localizer");
    this.fx = Objects.requireNonNull(fx, "fx");
    this.showWindow = Objects.requireNonNull(showWindow, "showWindow");
    this.quit = Objects.requireNonNull(quit, "quit");
  }

  /** Whether this desktop offers a tray. False when AWT is headless; never throws. */
  public static boolean supported() {
    try {
      return !GraphicsEnvironment.isHeadless() && SystemTray.isSupported();
    } catch (RuntimeException | LinkageError e) {
      log.debug("no system tray", e);
      return false;
    }
  }

  /**
   * Adds the icon to the tray, if there is one; it appears shortly after, on the AWT thread.
   *
   * @return whether a tray is supported here (false: nothing was done)
   */
  public boolean install() {
    if (!supported()) {
      log.info("no system tray here; the window closes and minimises normally");
      return false;
    }
    if (started) {
      return true;
    }
    started = true;
    Observable[] inputs = {
      vm.stateProperty(), vm.tooltipProperty(), vm.choicesProperty(), localizer.languageProperty()
    };
    for (Observable o : inputs) {
      o.addListener(x -> refresh());
    }
    Content first = content();
    EventQueue.invokeLater(() -> add(first));
    return true;
  }

  /** Whether the icon is in the tray now (the window may then hide to it). Any thread. */
  public boolean isInstalled() {
    return installed;
  }

  /** Removes the icon. Harmless when it was never added. */
  @Override
  public void close() {
    installed = false;
    EventQueue.invokeLater(
        () -> {
          TrayIcon current = icon;
          icon = null;
          if (current != null) {
            SystemTray.getSystemTray().remove(current);
          }
        });
  }

  /** What the icon shows, read on the JavaFX thread and handed to the AWT thread. */
  private record Content(
      TrayIconState state,
      String tooltip,
      List<PresenceChoice> choices,
      String show,
      String notReady,
      String quit) {}

  private Content content() {
    return new Content(
        vm.stateProperty().get(),
        vm.tooltipProperty().get(),
        vm.choicesProperty().get(),
        localizer.get("tray.show"),
        localizer.get("tray.notReady"),
        localizer.get("tray.quit"));
  }

  private void refresh() {
    Content now = content();
    EventQueue.invokeLater(() -> show(now));
  }

  /** On the AWT thread. */
  private void add(Content content) {
    try {
      SystemTray tray = SystemTray.getSystemTray();
      int size = Math.max(16, tray.getTrayIconSize().height);
      TrayIcon created = new TrayIcon(TrayIconImages.circle(content.state(), size));
      created.setImageAutoSize(true);
      created.addActionListener(e -> fx.execute(showWindow));
      tray.add(created);
      icon = created;
      installed = true;
      show(content);
    } catch (AWTException | RuntimeException e) {
      log.warn("the tray icon could not be added ({}); the window closes normally", e.toString());
    }
  }

  /** On the AWT thread. */
  private void show(Content content) {
    TrayIcon current = icon;
    if (current == null) {
      return;
    }
    int size = Math.max(16, current.getSize().height);
    current.setImage(TrayIconImages.circle(content.state(), size));
    current.setToolTip(content.tooltip());
    current.setPopupMenu(menu(content));
  }

  private PopupMenu menu(Content content) {
    PopupMenu menu = new PopupMenu();
    menu.add(item(content.show(), showWindow));
    menu.addSeparator();
    Menu notReady = new Menu(content.notReady());
    for (PresenceChoice choice : content.choices()) {
      Presence p = choice.presence();
      MenuItem item = item(choice.label(), () -> vm.changePresence(p));
      if (p instanceof Presence.NotReady) {
        notReady.add(item);
      } else {
        if (p instanceof Presence.Offline && notReady.getItemCount() > 0) {
          menu.add(notReady);
        }
        menu.add(item);
      }
    }
    menu.addSeparator();
    menu.add(item(content.quit(), quit));
    return menu;
  }

  private MenuItem item(String label, Runnable action) {
    MenuItem item = new MenuItem(label);
    item.addActionListener(e -> fx.execute(action));
    return item;
  }
}
