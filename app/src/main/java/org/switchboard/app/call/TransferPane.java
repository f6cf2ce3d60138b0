package org.switchboard.app.call;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.switchboard.app.i18n.Localizer;

/**
 * The transfer pane: a search field (a name, queue or number; a typed number becomes the first
 * target), the matching targets with kind, availability and detail, and "Transfer now" (blind) or
 * "Consult first". Bound to {@link TransferViewModel} and {@link CallPanelViewModel}; it decides
 * nothing itself. Node ids: {@code transferPane}, {@code transferSearch}, {@code transferState},
 * {@code transferTargets}, {@code blindTransfer}, {@code consultTransfer}, {@code closeTransfer}.
 * Used on the JavaFX application thread.
 */
final class TransferPane {
  private final VBox root = new VBox(8);
  private final TextField search = new TextField();
  private final ListView<TransferTargetRow> targets = new ListView<>();

  TransferPane(CallPanelViewModel vm, Localizer text) {
    TransferViewModel transfer = vm.transfer();
    root.setId("transferPane");
    root.setPadding(new Insets(10));
    root.getStyleClass().add(Styles.BG_SUBTLE);
    root.visibleProperty().bind(transfer.openProperty());
    root.managedProperty().bind(root.visibleProperty());

    Label title = new Label();
    title.getStyleClass().add(Styles.TITLE_4);
    title.textProperty().bind(text.text("callpanel.transfer.title"));

    search.setId("transferSearch");
    search.promptTextProperty().bind(text.text("callpanel.transfer.search"));
    search.accessibleTextProperty().bind(text.text("callpanel.transfer.search"));
    search.textProperty().bindBidirectional(transfer.searchProperty());
    search.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.DOWN && !targets.getItems().isEmpty()) {
            targets.requestFocus();
            if (targets.getSelectionModel().isEmpty()) {
              targets.getSelectionModel().selectFirst();
            }
            e.consume();
          }
        });

    Label state = new Label();
    state.setId("transferState");
    state.getStyleClass().add(Styles.TEXT_SMALL);
    state.textProperty().bind(stateText(transfer, text));
    state.visibleProperty().bind(state.textProperty().isNotEmpty());
    state.managedProperty().bind(state.visibleProperty());

    targets.setId("transferTargets");
    targets.setItems(transfer.targets());
    targets.setCellFactory(list -> new TargetCell(text));
    targets.setPrefHeight(200);
    targets.accessibleTextProperty().bind(text.text("callpanel.transfer.targets"));
    Label none = new Label();
    none.textProperty().bind(text.text("callpanel.transfer.none"));
    targets.setPlaceholder(none);
    followSelection(transfer);

    Button blind = button("blindTransfer", "callpanel.transfer.blind", text);
    blind.getStyleClass().add(Styles.ACCENT);
    blind.disableProperty().bind(Bindings.not(vm.canBlindTransferProperty()));
    blind.setOnAction(e -> vm.blindTransfer());
    Button consult = button("consultTransfer", "callpanel.transfer.consult", text);
    consult.disableProperty().bind(Bindings.not(vm.canConsultProperty()));
    consult.setOnAction(e -> vm.consult());
    Button close = button("closeTransfer", "callpanel.transfer.close", text);
    close.setOnAction(e -> vm.closeTransfer());

    root.getChildren().addAll(title, search, state, targets, new HBox(8, blind, consult, close));
    transfer
        .openProperty()
        .addListener(
            (o, was, open) -> {
              if (open) {
                search.requestFocus();
              }
            });
  }

  VBox root() {
    return root;
  }

  /** The list's selection and the view model's chosen target follow each other. */
  private void followSelection(TransferViewModel transfer) {
    targets
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, old, row) -> {
              if (row != null) {
                transfer.selectedProperty().set(row);
              }
            });
    transfer
        .selectedProperty()
        .addListener(
            (o, old, row) -> {
              if (row == null) {
                targets.getSelectionModel().clearSelection();
              } else if (row != targets.getSelectionModel().getSelectedItem()) {
                targets.getSelectionModel().select(row);
              }
            });
    transfer
        .targets()
        .addListener(
            (ListChangeListener<TransferTargetRow>)
                c -> {
                  TransferTargetRow chosen = transfer.selectedProperty().get();
                  if (chosen != null) {
                    targets.getSelectionModel().select(chosen);
                  }
                });
  }

  private static StringBinding stateText(TransferViewModel transfer, Localizer text) {
    return Bindings.createStringBinding(
        () -> {
          if (transfer.searchingProperty().get()) {
            return text.get("callpanel.transfer.searching");
          }
          return transfer.searchFailedProperty().get()
              ? text.get("callpanel.transfer.searchFailed")
              : "";
        },
        transfer.searchingProperty(),
        transfer.searchFailedProperty(),
        text.languageProperty());
  }

  private static Button button(String id, String key, Localizer text) {
    Button b = new Button();
    b.setId(id);
    b.textProperty().bind(text.text(key));
    b.accessibleTextProperty().bind(text.text(key));
    return b;
  }
}
