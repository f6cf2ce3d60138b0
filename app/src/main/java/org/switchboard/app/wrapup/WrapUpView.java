package org.switchboard.app.wrapup;

import atlantafx.base.theme.Styles;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.customer.SanitizedText;
import org.switchboard.app.fx.EverySecond;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.core.agent.Disposition;

/**
 * The notes and wrap-up form: notes while the call lasts, then disposition, tags, countdown, extend
 * and done. Built in code and bound to {@link WrapUpViewModel}; hidden without a call.
 */
public final class WrapUpView {
  private final WrapUpViewModel vm;
  private final Localizer text;
  private final VBox root = new VBox(8);
  private final FlowPane tagPane = new FlowPane(6, 6);
  private final Timeline ticker;

  public WrapUpView(WrapUpViewModel vm, Localizer text) {
    this.vm = vm;
    this.text = text;
    root.setId("wrapup");
    root.setPadding(new Insets(8));
    root.visibleProperty().bind(vm.phaseProperty().isNotEqualTo(WrapUpViewModel.Phase.NONE));
    root.managedProperty().bind(root.visibleProperty());
    root.getChildren().addAll(header(), disposition(), notes(), tags(), footer());
    ticker = EverySecond.whileShown(root, vm::tick);
  }

  private Parent header() {
    Label title = new Label();
    title.setId("wrapup-title");
    title.getStyleClass().add(Styles.TITLE_4);
    title
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    text.get(
                        vm.phaseProperty().get() == WrapUpViewModel.Phase.WRAP_UP
                            ? "wrapup.title"
                            : "wrapup.notesTitle",
                        vm.callerProperty().get()),
                vm.phaseProperty(),
                vm.callerProperty(),
                text.languageProperty()));
    Label countdown = new Label();
    countdown.setId("wrapup-countdown");
    countdown.getStyleClass().add(Styles.WARNING);
    countdown.textProperty().bind(vm.countdownProperty());
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    return new HBox(8, title, grow, countdown);
  }

  private Parent disposition() {
    Label label = new Label();
    label.textProperty().bind(text.text("wrapup.disposition"));
    ComboBox<Disposition> box = new ComboBox<>(vm.dispositions());
    box.setId("wrapup-disposition");
    box.setMaxWidth(Double.MAX_VALUE);
    box.valueProperty().bindBidirectional(vm.dispositionProperty());
    box.setCellFactory(l -> new DispositionCell());
    box.setButtonCell(new DispositionCell());
    box.promptTextProperty().bind(text.text("wrapup.dispositionPrompt"));
    box.accessibleTextProperty().bind(text.text("wrapup.disposition"));
    label.setLabelFor(box);
    return new VBox(4, label, box);
  }

  private Parent notes() {
    Label label = new Label();
    label.textProperty().bind(text.text("wrapup.notes"));
    TextArea area = new TextArea();
    area.setId("wrapup-notes");
    area.setWrapText(true);
    area.setPrefRowCount(4);
    area.textProperty().bindBidirectional(vm.notesProperty());
    area.accessibleTextProperty().bind(text.text("wrapup.notes"));
    label.setLabelFor(area);
    VBox.setVgrow(area, Priority.ALWAYS);
    // Tab leaves the notes (a text area would otherwise keep the keyboard): it becomes the text
    // area's own Ctrl+Tab, which moves the focus on.
    area.addEventFilter(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
            e.consume();
            area.fireEvent(
                new KeyEvent(
                    KeyEvent.KEY_PRESSED,
                    "",
                    "",
                    KeyCode.TAB,
                    e.isShiftDown(),
                    true,
                    false,
                    false));
          }
        });
    return new VBox(4, label, area);
  }

  private Parent tags() {
    tagPane.setId("wrapup-tags");
    vm.tags().addListener((ListChangeListener<String>) c -> rebuildTags());
    text.languageProperty().addListener((o, old, now) -> rebuildTags());
    vm.chosenTags().addListener((SetChangeListener<String>) c -> syncTags());
    rebuildTags();
    return tagPane;
  }

  private void rebuildTags() {
    tagPane.getChildren().clear();
    for (String tag : vm.tags()) {
      ToggleButton b =
          new ToggleButton(
              Localizer.find(text.language(), "wrapup.tag." + tag).orElse(SanitizedText.line(tag)));
      b.setId("wrapup-tag-" + tag.replaceAll("[^A-Za-z0-9_-]", "_"));
      b.getStyleClass().add(Styles.SMALL);
      b.setUserData(tag);
      b.setSelected(vm.chosenTags().contains(tag));
      b.selectedProperty()
          .addListener(
              (o, was, on) -> {
                if (on) {
                  vm.chosenTags().add(tag);
                } else {
                  vm.chosenTags().remove(tag);
                }
              });
      tagPane.getChildren().add(b);
    }
  }

  private void syncTags() {
    tagPane
        .getChildren()
        .forEach(
            n -> {
              if (n instanceof ToggleButton && n.getUserData() instanceof String) {
                ((ToggleButton) n).setSelected(vm.chosenTags().contains((String) n.getUserData()));
              }
            });
  }

  private Parent footer() {
    Label error = new Label();
    error.setId("wrapup-error");
    error.getStyleClass().add(Styles.DANGER);
    error.setWrapText(true);
    error.textProperty().bind(vm.errorProperty());
    error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
    error.managedProperty().bind(error.visibleProperty());
    Button extend = new Button();
    extend.setId("wrapup-extend");
    extend.textProperty().bind(text.text("wrapup.extend"));
    extend
        .visibleProperty()
        .bind(
            Bindings.createBooleanBinding(
                () -> vm.canExtendProperty().get(), vm.canExtendProperty()));
    extend.managedProperty().bind(extend.visibleProperty());
    extend.setOnAction(e -> vm.extend());
    Button done = new Button();
    done.setId("wrapup-done");
    done.getStyleClass().add(Styles.ACCENT);
    done.textProperty().bind(text.text("wrapup.done"));
    done.disableProperty().bind(Bindings.not(vm.canFinishProperty()));
    done.visibleProperty().bind(vm.phaseProperty().isEqualTo(WrapUpViewModel.Phase.WRAP_UP));
    done.managedProperty().bind(done.visibleProperty());
    done.setDefaultButton(false);
    done.setOnAction(e -> vm.finish());
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    return new VBox(6, error, new HBox(8, grow, extend, done));
  }

  /** The node to place in a layout. */
  public Parent root() {
    return root;
  }

  /** Stops the countdown's timer. */
  public void stop() {
    ticker.stop();
  }

  private final class DispositionCell extends ListCell<Disposition> {
    @Override
    protected void updateItem(@Nullable Disposition item, boolean empty) {
      super.updateItem(item, empty);
      setText(
          empty || item == null
              ? null
              : Localizer.find(text.language(), "wrapup.disposition." + item.code())
                  .orElse(SanitizedText.line(item.label())));
    }
  }
}
