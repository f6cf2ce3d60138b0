package org.switchboard.app.customer;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.i18n.Localizer;

/**
 * The "create contact" form, bound to {@link NewContactForm}. Node ids: {@code newContact}, {@code
 * newContactNumber} (read-only), {@code newContactName}, {@code newContactCompany}, {@code
 * newContactEmail}, {@code newContactNameError}, {@code newContactEmailError}, {@code
 * createContact}, {@code createError}.
 */
final class NewContactPane {
  private final CustomerCardViewModel vm;
  private final Localizer text;
  private final VBox root = new VBox(8);
  private final GridPane grid = new GridPane();
  private int row;

  NewContactPane(CustomerCardViewModel vm, Localizer text) {
    this.vm = vm;
    this.text = text;
    build();
  }

  Node root() {
    return root;
  }

  private void build() {
    root.setId("newContact");
    NewContactForm form = vm.form();
    grid.setHgap(10);
    grid.setVgap(2);
    ColumnConstraints inputs = new ColumnConstraints(200, 260, Double.MAX_VALUE);
    inputs.setHgrow(Priority.ALWAYS);
    grid.getColumnConstraints().addAll(new ColumnConstraints(), inputs);

    TextField number = field("newContactNumber", "customer.create.number", null);
    number.textProperty().bind(form.numberProperty());
    number.setEditable(false);
    // Read-only: the keyboard goes straight to the name (the number can still be selected).
    number.setFocusTraversable(false);
    number.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
    number.setStyle("-fx-opacity: 0.8;");

    TextField name = field("newContactName", "customer.create.name", null);
    name.textProperty().bindBidirectional(form.nameProperty());
    error("newContactNameError", form.nameErrorProperty());
    TextField company =
        field("newContactCompany", "customer.create.company", "customer.create.optional");
    company.textProperty().bindBidirectional(form.companyProperty());
    TextField email = field("newContactEmail", "customer.create.email", "customer.create.optional");
    email.textProperty().bindBidirectional(form.emailProperty());
    email.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
    error("newContactEmailError", form.emailErrorProperty());

    Button create = new Button();
    create.setId("createContact");
    create
        .textProperty()
        .bind(
            Bindings.when(vm.creatingProperty())
                .then(text.text("customer.create.creating"))
                .otherwise(text.text("customer.create.submit")));
    create.disableProperty().bind(Bindings.not(vm.canCreateProperty()));
    create.setOnAction(e -> vm.createContact());

    Label failure = new Label();
    failure.setId("createError");
    failure.setWrapText(true);
    failure.getStyleClass().add(Styles.DANGER);
    failure.textProperty().bind(vm.createErrorProperty());
    failure.visibleProperty().bind(failure.textProperty().isNotEmpty());
    failure.managedProperty().bind(failure.visibleProperty());

    Label title = new Label();
    title.textProperty().bind(text.text("customer.create.title"));
    title.getStyleClass().add(Styles.TEXT_BOLD);
    root.getChildren().addAll(title, grid, create, failure);
  }

  private TextField field(String id, String labelKey, @Nullable String promptKey) {
    TextField input = new TextField();
    input.setId(id);
    if (promptKey != null) {
      input.promptTextProperty().bind(text.text(promptKey));
    }
    Label label = new Label();
    label.textProperty().bind(text.text(labelKey));
    label.setLabelFor(input);
    label.setMinWidth(Region.USE_PREF_SIZE);
    grid.add(label, 0, row);
    grid.add(input, 1, row++);
    return input;
  }

  private void error(String id, ObservableStringValue message) {
    Label error = new Label();
    error.setId(id);
    error.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
    error.setMinWidth(Region.USE_PREF_SIZE);
    error.textProperty().bind(message);
    // No blank row while the field is fine.
    error.visibleProperty().bind(error.textProperty().isNotEmpty());
    error.managedProperty().bind(error.visibleProperty());
    grid.add(error, 1, row++);
  }
}
