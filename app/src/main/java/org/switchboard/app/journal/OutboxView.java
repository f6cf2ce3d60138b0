package org.switchboard.app.journal;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.switchboard.app.i18n.Localizer;

/**
 * The CRM outbox, built in code and bound to {@link OutboxViewModel}; it decides nothing itself.
 * Node ids: {@code outbox}, {@code outboxSummary}, {@code outboxEmpty}, {@code outboxRows}, and per
 * entry (0, 1, ... in list order) {@code entry0}, {@code direction0}, {@code number0}, {@code
 * start0}, {@code disposition0}, {@code status0}, {@code lastError0}, {@code retry0}, {@code
 * discard0}, and while a discard awaits confirmation {@code confirmText0}, {@code confirmDiscard0},
 * {@code cancelDiscard0}.
 */
public final class OutboxView {
  private final OutboxViewModel vm;
  private final Localizer text;
  private final VBox root = new VBox(10);
  private final VBox rows = new VBox();

  public OutboxView(OutboxViewModel vm, Localizer text) {
    this.vm = vm;
    this.text = text;
    build();
  }

  /** The view's root node. */
  public Parent root() {
    return root;
  }

  private void build() {
    root.setId("outbox");
    root.setPadding(new Insets(16));
    root.setPrefWidth(560);
    root.nodeOrientationProperty()
        .bind(
            Bindings.when(vm.rightToLeftProperty())
                .then(NodeOrientation.RIGHT_TO_LEFT)
                .otherwise(NodeOrientation.LEFT_TO_RIGHT));

    Label title = new Label();
    title.setId("outboxTitle");
    title.getStyleClass().add(Styles.TITLE_4);
    title.textProperty().bind(text.text("outbox.title"));

    Label summary = new Label();
    summary.setId("outboxSummary");
    summary.textProperty().bind(vm.summaryProperty());
    summary
        .styleProperty()
        .bind(
            Bindings.when(vm.hasFailuresProperty())
                .then("-fx-text-fill: #b00020;")
                .otherwise("-fx-text-fill: #1b5e20;"));

    Label empty = new Label();
    empty.setId("outboxEmpty");
    empty.textProperty().bind(text.text("outbox.empty"));
    empty.visibleProperty().bind(vm.emptyProperty());
    empty.managedProperty().bind(empty.visibleProperty());

    rows.setId("outboxRows");
    rows.setPadding(new Insets(0, 10, 0, 10));
    ScrollPane scroll = new ScrollPane(rows);
    scroll.setFitToWidth(true);
    scroll.setPrefViewportHeight(360);
    scroll.visibleProperty().bind(Bindings.not(vm.emptyProperty()));
    scroll.managedProperty().bind(scroll.visibleProperty());
    VBox.setVgrow(scroll, Priority.ALWAYS);

    vm.rows().addListener((ListChangeListener<OutboxRow>) c -> fill());
    vm.confirmingDiscardProperty().addListener((o, old, now) -> fill());
    fill();
    // While only the summary is shown (nothing waiting) the empty label says it all.
    summary.visibleProperty().bind(Bindings.not(vm.emptyProperty()));
    summary.managedProperty().bind(summary.visibleProperty());
    root.getChildren().addAll(title, summary, empty, scroll);
  }

  private void fill() {
    List<OutboxRow> all = List.copyOf(vm.rows());
    String confirming = vm.confirmingDiscardProperty().get();
    rows.getChildren().clear();
    for (int i = 0; i < all.size(); i++) {
      OutboxRow row = all.get(i);
      rows.getChildren().add(entry(i, row, row.key().equals(confirming)));
    }
  }

  private Node entry(int i, OutboxRow row, boolean confirming) {
    Label number = literal("number" + i, row.number());
    number.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
    number.getStyleClass().add(Styles.TEXT_BOLD);
    HBox call =
        new HBox(
            10,
            literal("direction" + i, row.direction()),
            number,
            literal("start" + i, row.start()));
    if (!row.disposition().isEmpty()) {
      call.getChildren().add(literal("disposition" + i, row.disposition()));
    }
    call.setAlignment(Pos.BASELINE_LEFT);

    Label status = literal("status" + i, row.status());
    status.setWrapText(true);
    status.getStyleClass().add(row.canDiscard() ? Styles.DANGER : Styles.TEXT_MUTED);
    VBox entry = new VBox(4, call, status);
    if (!row.lastError().isEmpty()) {
      Label lastError = literal("lastError" + i, row.lastError());
      lastError.setWrapText(true);
      lastError.getStyleClass().addAll(Styles.WARNING, Styles.TEXT_SMALL);
      entry.getChildren().add(lastError);
    }
    entry.getChildren().add(confirming ? confirmation(i) : actions(i, row));
    entry.setId("entry" + i);
    entry.setPadding(new Insets(8, 0, 8, 0));
    entry.setStyle("-fx-border-color: transparent transparent -color-border-muted transparent;");
    return entry;
  }

  private Node actions(int i, OutboxRow row) {
    Button retry = button("retry" + i, "outbox.retry");
    retry.setOnAction(e -> vm.retryNow(row.key()));
    HBox actions = new HBox(8, retry);
    if (row.canDiscard()) {
      Button discard = button("discard" + i, "outbox.discard");
      discard.setOnAction(e -> vm.requestDiscard(row.key()));
      actions.getChildren().add(discard);
    }
    return actions;
  }

  private Node confirmation(int i) {
    Label question = new Label();
    question.setId("confirmText" + i);
    question.setWrapText(true);
    question.textProperty().bind(text.text("outbox.discard.confirm"));
    Button yes = button("confirmDiscard" + i, "outbox.discard.yes");
    yes.getStyleClass().add(Styles.DANGER);
    yes.setOnAction(e -> vm.confirmDiscard());
    Button no = button("cancelDiscard" + i, "outbox.discard.no");
    no.setCancelButton(true);
    no.setOnAction(e -> vm.cancelDiscard());
    // The safe choice has the focus, so a stray Enter keeps the entry.
    no.sceneProperty()
        .addListener(
            (o, old, scene) -> {
              if (scene != null) {
                no.requestFocus();
              }
            });
    HBox buttons = new HBox(8, yes, no);
    return new VBox(4, question, buttons);
  }

  private Button button(String id, String key) {
    Button button = new Button();
    button.setId(id);
    button.textProperty().bind(text.text(key));
    return button;
  }

  /** A label showing {@code value} exactly: labels never interpret markup. */
  private static Label literal(String id, String value) {
    Label label = new Label(value);
    label.setId(id);
    label.setMnemonicParsing(false);
    return label;
  }
}
