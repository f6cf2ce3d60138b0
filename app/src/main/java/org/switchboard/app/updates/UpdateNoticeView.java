package org.switchboard.app.updates;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.switchboard.app.i18n.Localizer;

/**
 * The newer-version notice for the workspace's toolbar: the text, a Download link and a dismiss
 * button; takes no room while there is nothing to say. Node ids: {@code updateNotice}, {@code
 * updateText}, {@code updateDownload}, {@code updateDismiss}.
 */
public final class UpdateNoticeView {
  private final HBox root = new HBox(6);

  public UpdateNoticeView(UpdateNoticeViewModel vm, Localizer text) {
    root.setId("updateNotice");
    root.setAlignment(Pos.CENTER_LEFT);
    root.visibleProperty().bind(vm.shownProperty());
    root.managedProperty().bind(root.visibleProperty());

    Label message = new Label();
    message.setId("updateText");
    message.setMinWidth(Region.USE_PREF_SIZE);
    message.textProperty().bind(vm.textProperty());
    message.getStyleClass().add(Styles.ACCENT);
    Tooltip notes = new Tooltip();
    notes.textProperty().bind(vm.notesProperty());
    message
        .tooltipProperty()
        .bind(
            Bindings.when(Bindings.isEmpty(vm.notesProperty()))
                .then((Tooltip) null)
                .otherwise(notes));

    Hyperlink download = new Hyperlink();
    download.setId("updateDownload");
    download.setMinWidth(Region.USE_PREF_SIZE);
    download.textProperty().bind(text.text("update.download"));
    download.setOnAction(e -> vm.download());

    Button dismiss = new Button("\u2715");
    dismiss.setId("updateDismiss");
    dismiss.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
    dismiss.accessibleTextProperty().bind(text.text("update.dismiss"));
    Tooltip dismissTip = new Tooltip();
    dismissTip.textProperty().bind(text.text("update.dismiss"));
    dismiss.setTooltip(dismissTip);
    dismiss.setOnAction(e -> vm.dismiss());

    root.getChildren().addAll(message, download, dismiss);
  }

  public Parent root() {
    return root;
  }
}
