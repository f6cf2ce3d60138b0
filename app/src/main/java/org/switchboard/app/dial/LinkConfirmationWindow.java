package org.switchboard.app.dial;

import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.switchboard.app.i18n.Localizer;

/**
 * The click-to-dial question in a small window over {@code owner}: shown (and given the focus)
 * while a link waits for an answer, hidden once answered. Modal to its owner, so a keystroke meant
 * for the question never reaches the workspace behind it; closing the window cancels. Takes the
 * owner's stylesheets (theme, text size) when it shows. Created and used on the JavaFX application
 * thread.
 */
public final class LinkConfirmationWindow implements AutoCloseable {
  private final LinkConfirmationViewModel vm;
  private final Window owner;
  private final Stage stage = new Stage();
  private final LinkConfirmationView view;
  private final InvalidationListener askingChanged = o -> follow();

  /** Creates the (hidden) window and starts following {@code vm}. */
  public LinkConfirmationWindow(LinkConfirmationViewModel vm, Localizer text, Window owner) {
    this.vm = Objects.requireNonNull(vm, "vm");
    this.owner = Objects.requireNonNull(owner, "owner");
    this.view = new LinkConfirmationView(vm, text);
    stage.initOwner(owner);
    stage.initModality(Modality.WINDOW_MODAL);
    // Resizable: GTK ignores sizeToScene on a non-resizable window once it has been shown, which
    // cut the question off when a longer link came (seen in the workspace screenshots).
    stage.titleProperty().bind(text.text("links.confirm.title"));
    // The scene's root carries no inline style of its own: the composition root may bind it (the
    // bundled font for right-to-left languages).
    stage.setScene(new Scene(view.root()));
    stage.setOnCloseRequest(
        e -> {
          e.consume();
          vm.cancel();
        });
    vm.askingProperty().addListener(askingChanged);
    follow();
  }

  /** The window (for tests, and for the composition root's fonts). */
  public Stage stage() {
    return stage;
  }

  /** Answers Cancel through the window's own button, as the agent would. */
  public void pressCancel() {
    view.pressCancel();
  }

  /** Stops following the view model and hides the window for good. */
  @Override
  public void close() {
    vm.askingProperty().removeListener(askingChanged);
    stage.hide();
  }

  private void follow() {
    if (!vm.askingProperty().get()) {
      stage.hide();
      return;
    }
    Scene ownerScene = owner.getScene();
    if (ownerScene != null) {
      stage.getScene().getStylesheets().setAll(ownerScene.getStylesheets());
    }
    // Styles first (the owner's text size, the bundled font), so that the window is as large as
    // the question it shows.
    stage.getScene().getRoot().applyCss();
    stage.sizeToScene();
    stage.show();
    // Once more after the first layout pulse: the question's text and font are settled by then.
    Platform.runLater(
        () -> {
          if (stage.isShowing()) {
            stage.sizeToScene();
          }
        });
    stage.toFront();
    view.focusCall();
  }
}
