package org.switchboard.app.testcall;

import java.util.Objects;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.switchboard.app.i18n.Localizer;

/**
 * The test call in its own window beside the workspace (not modal: the agent answers the offered
 * call in the workspace while the customer's window stays open). Closing the window hangs up. Takes
 * the owner's stylesheets (theme, text size) when it shows. Created and used on the JavaFX
 * application thread.
 */
public final class TestCallWindow implements AutoCloseable {
  private final TestCallViewModel vm;
  private final Window owner;
  private final Stage stage = new Stage();

  public TestCallWindow(TestCallViewModel vm, Localizer text, Window owner) {
    this.vm = Objects.requireNonNull(vm, "vm");
    this.owner = Objects.requireNonNull(owner, "owner");
    stage.initOwner(owner);
    stage.titleProperty().bind(text.text("testcall.title"));
    // The root carries no inline style: the composition root may bind the bundled font to it.
    stage.setScene(new Scene(new TestCallView(vm, text).root()));
    stage.setOnHidden(e -> vm.hangUp());
  }

  /** Shows the window (or brings it forward). */
  public void show() {
    Scene ownerScene = owner.getScene();
    if (ownerScene != null) {
      stage.getScene().getStylesheets().setAll(ownerScene.getStylesheets());
    }
    stage.getScene().getRoot().applyCss();
    stage.sizeToScene();
    stage.show();
    stage.toFront();
  }

  /** The window (for tests, and for the composition root's fonts). */
  public Stage stage() {
    return stage;
  }

  /** Hangs up and hides the window for good. */
  @Override
  public void close() {
    vm.hangUp();
    stage.hide();
  }
}
