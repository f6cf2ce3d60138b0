package org.switchboard.app.customer;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.switchboard.app.customer.CustomerDetails.InteractionLine;
import org.switchboard.app.customer.CustomerDetails.OpenItemLine;
import org.switchboard.app.i18n.Localizer;

/**
 * The nodes of one customer's card, rebuilt whenever the card changes. Node ids: {@code
 * customerName}, {@code customerCompany}, {@code phone0}..., {@code email0}..., {@code tag0}...,
 * {@code interaction0}... with {@code interactionNotes0}..., {@code noInteractions}, {@code
 * openItem0}..., {@code openInCrm}.
 */
final class CustomerDetailsPane {
  private static final String SEPARATOR = " · ";

  private final CustomerDetails details;
  private final Localizer text;
  private final VBox root = new VBox(4);

  CustomerDetailsPane(
      CustomerDetails details,
      Localizer text,
      ObservableBooleanValue canOpenRecord,
      Runnable openRecord) {
    this.details = details;
    this.text = text;
    build(canOpenRecord, openRecord);
  }

  Node root() {
    return root;
  }

  private void build(ObservableBooleanValue canOpenRecord, Runnable openRecord) {
    Label name = literal("customerName", details.name());
    name.getStyleClass().add(Styles.TITLE_3);
    root.getChildren().add(name);
    if (!details.company().isEmpty()) {
      root.getChildren().add(literal("customerCompany", details.company()));
    }
    section("customer.phones", numbers("phone", details.phoneNumbers()));
    section("customer.emails", numbers("email", details.emails()));
    section("customer.tags", tags());
    section("customer.interactions", interactions());
    section("customer.openItems", openItems());

    Button open = new Button();
    open.setId("openInCrm");
    open.textProperty().bind(text.text("customer.openInCrm"));
    open.disableProperty().bind(Bindings.not(canOpenRecord));
    open.setOnAction(e -> openRecord.run());
    VBox.setMargin(open, new Insets(12, 0, 0, 0));
    root.getChildren().add(open);
  }

  /** Numbers and addresses read left to right in every language. */
  private List<Node> numbers(String idPrefix, List<String> values) {
    List<Node> nodes = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      Label label = literal(idPrefix + i, values.get(i));
      label.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
      nodes.add(label);
    }
    return nodes;
  }

  private List<Node> tags() {
    if (details.tags().isEmpty()) {
      return List.of();
    }
    FlowPane chips = new FlowPane(6, 4);
    for (int i = 0; i < details.tags().size(); i++) {
      Label chip = literal("tag" + i, details.tags().get(i));
      chip.setStyle(
          "-fx-background-color: -color-accent-subtle; -fx-background-radius: 8; -fx-padding: 1 8 1 8;");
      chips.getChildren().add(chip);
    }
    return List.of(chips);
  }

  private List<Node> interactions() {
    List<Node> nodes = new ArrayList<>();
    List<InteractionLine> lines = details.interactions();
    for (int i = 0; i < lines.size(); i++) {
      InteractionLine line = lines.get(i);
      Label heading =
          literal("interaction" + i, join(line.when(), line.agent(), line.disposition()));
      heading.getStyleClass().add(Styles.TEXT_BOLD);
      nodes.add(heading);
      if (!line.notes().isEmpty()) {
        Label notes = literal("interactionNotes" + i, line.notes());
        notes.setWrapText(true);
        notes.getStyleClass().add(Styles.TEXT_MUTED);
        VBox.setMargin(notes, new Insets(0, 0, 4, 0));
        nodes.add(notes);
      }
    }
    if (nodes.isEmpty()) {
      Label none = new Label();
      none.setId("noInteractions");
      none.textProperty().bind(text.text("customer.interactions.none"));
      nodes.add(none);
    }
    return nodes;
  }

  private List<Node> openItems() {
    List<Node> nodes = new ArrayList<>();
    List<OpenItemLine> items = details.openItems();
    for (int i = 0; i < items.size(); i++) {
      OpenItemLine item = items.get(i);
      Label label = literal("openItem" + i, join(item.kind(), item.title(), item.status()));
      label.setWrapText(true);
      nodes.add(label);
    }
    return nodes;
  }

  private void section(String titleKey, List<Node> content) {
    if (content.isEmpty()) {
      return;
    }
    Label title = new Label();
    title.textProperty().bind(text.text(titleKey));
    title.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, Styles.TEXT_BOLD);
    VBox.setMargin(title, new Insets(8, 0, 0, 0));
    root.getChildren().add(title);
    root.getChildren().addAll(content);
  }

  /** A label showing {@code value} exactly as given: labels never interpret markup. */
  private static Label literal(String id, String value) {
    Label label = new Label(value);
    label.setId(id);
    label.setMnemonicParsing(false);
    return label;
  }

  private static String join(String... parts) {
    StringBuilder out = new StringBuilder();
    for (String part : parts) {
      if (!part.isEmpty()) {
        out.append(out.length() == 0 ? "" : SEPARATOR).append(part);
      }
    }
    return out.toString();
  }
}
