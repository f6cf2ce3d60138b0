package org.switchboard.app.history;

import atlantafx.base.theme.Styles;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.event.EventTarget;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.switchboard.app.history.HistoryViewModel.Filter;
import org.switchboard.app.i18n.Localizer;

/**
 * The call history, built in code and bound to {@link HistoryViewModel}; it decides nothing itself.
 * Enter or a double click on a row calls back, as does the row's "call back" button. Node ids:
 * {@code history}, {@code historyFilterAll}, {@code historyFilterMissed}, {@code
 * historyFilterInbound}, {@code historyFilterOutbound}, {@code historyList}, {@code historyEmpty};
 * a row's parts carry the style classes {@code history-direction}, {@code history-name}, {@code
 * history-number}, {@code history-time}, {@code history-duration}, {@code history-disposition} and
 * {@code history-callback}.
 */
public final class HistoryView {
  private final HistoryViewModel vm;
  private final Localizer text;
  private final VBox root = new VBox(10);
  private final ListView<HistoryRow> list = new ListView<>();

  public HistoryView(HistoryViewModel vm, Localizer text) {
    this.vm = vm;
    this.text = text;
    build();
  }

  /** The view's root node. */
  public Parent root() {
    return root;
  }

  private void build() {
    root.setId("history");
    root.setPadding(new Insets(16));
    root.nodeOrientationProperty()
        .bind(
            Bindings.when(vm.rightToLeftProperty())
                .then(NodeOrientation.RIGHT_TO_LEFT)
                .otherwise(NodeOrientation.LEFT_TO_RIGHT));

    Label title = new Label();
    title.setId("historyTitle");
    title.getStyleClass().add(Styles.TITLE_4);
    title.textProperty().bind(text.text("history.title"));

    Label empty = new Label();
    empty.setId("historyEmpty");
    empty.getStyleClass().add(Styles.TEXT_MUTED);
    empty.textProperty().bind(vm.emptyTextProperty());
    empty.visibleProperty().bind(vm.emptyProperty());
    empty.managedProperty().bind(empty.visibleProperty());

    buildList();
    root.getChildren().addAll(title, filters(), empty, list);
  }

  private void buildList() {
    list.setId("historyList");
    list.setItems(vm.rows());
    list.setCellFactory(l -> new HistoryCell(vm, text));
    list.accessibleTextProperty().bind(text.text("history.title"));
    list.visibleProperty().bind(Bindings.not(vm.emptyProperty()));
    list.managedProperty().bind(list.visibleProperty());
    list.setPrefHeight(420);
    list.setPrefWidth(560);
    VBox.setVgrow(list, Priority.ALWAYS);
    // A filter: the list's own key handling must not swallow Enter first. Only Enter on the list
    // itself counts; a focused button in a row acts for its own row.
    list.addEventFilter(
        KeyEvent.KEY_PRESSED,
        e -> {
          HistoryRow row = list.getSelectionModel().getSelectedItem();
          if (e.getCode() == KeyCode.ENTER && e.getTarget() == list && row != null) {
            vm.callBack(row);
            e.consume();
          }
        });
    list.setOnMouseClicked(
        e -> {
          HistoryRow row = list.getSelectionModel().getSelectedItem();
          if (e.getButton() == MouseButton.PRIMARY
              && e.getClickCount() == 2
              && row != null
              && !onButton(e.getTarget())) {
            vm.callBack(row);
          }
        });
  }

  /** Whether {@code target} is (in) a button: its own action already ran. */
  private boolean onButton(EventTarget target) {
    for (Node n = target instanceof Node ? (Node) target : null; n != null && n != list; ) {
      if (n instanceof ButtonBase) {
        return true;
      }
      n = n.getParent();
    }
    return false;
  }

  private HBox filters() {
    ToggleGroup group = new ToggleGroup();
    Map<Filter, ToggleButton> buttons = new EnumMap<>(Filter.class);
    HBox bar = new HBox();
    Filter[] all = Filter.values();
    for (int i = 0; i < all.length; i++) {
      Filter f = all[i];
      String name = f.name().charAt(0) + f.name().substring(1).toLowerCase(Locale.ROOT);
      ToggleButton b = new ToggleButton();
      b.setId("historyFilter" + name);
      b.textProperty().bind(text.text("history.filter." + name.toLowerCase(Locale.ROOT)));
      b.setToggleGroup(group);
      b.setUserData(f);
      b.getStyleClass()
          .add(
              i == 0
                  ? Styles.LEFT_PILL
                  : i == all.length - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
      buttons.put(f, b);
      bar.getChildren().add(b);
    }
    group.selectToggle(buttons.get(vm.filterProperty().get()));
    group
        .selectedToggleProperty()
        .addListener(
            (o, old, now) -> {
              if (now == null) {
                group.selectToggle(old); // one filter is always chosen
              } else {
                vm.filterProperty().set((Filter) now.getUserData());
              }
            });
    vm.filterProperty().addListener((o, old, now) -> group.selectToggle(buttons.get(now)));
    return bar;
  }
}
