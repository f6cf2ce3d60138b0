package org.switchboard.app.diagnostics;

import atlantafx.base.theme.Styles;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.switchboard.app.i18n.Localizer;

/**
 * The settings' Support section: what the diagnostics bundle holds, the button that makes it, and
 * where it went. Node ids: {@code supportSection}, {@code supportIntro}, {@code createBundle},
 * {@code bundleStatus}.
 */
public final class SupportView {
  private final VBox root = new VBox(12);

  public SupportView(SupportViewModel vm, Localizer text) {
    root.setId("supportSection");
    Label intro = new Label();
    intro.setId("supportIntro");
    intro.textProperty().bind(text.text("support.intro"));
    intro.setMinWidth(Region.USE_PREF_SIZE);
    intro.setMinHeight(Region.USE_PREF_SIZE);

    Button create = new Button();
    create.setId("createBundle");
    create.textProperty().bind(text.text("support.createBundle"));
    create.setMinWidth(Region.USE_PREF_SIZE);
    create.disableProperty().bind(vm.busyProperty());
    create.setOnAction(e -> vm.createBundle());

    Label status = new Label();
    status.setId("bundleStatus");
    status.setMinWidth(Region.USE_PREF_SIZE);
    status.setMinHeight(Region.USE_PREF_SIZE);
    status.textProperty().bind(vm.statusProperty());
    Runnable restyle =
        () -> {
          status.getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS);
          status
              .getStyleClass()
              .add(vm.statusIsProblemProperty().get() ? Styles.DANGER : Styles.SUCCESS);
        };
    vm.statusIsProblemProperty().addListener((o, was, is) -> restyle.run());
    restyle.run();
    root.getChildren().addAll(intro, create, status);
  }

  public Parent root() {
    return root;
  }
}
