package org.switchboard.app.customer;

import atlantafx.base.theme.Styles;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.SVGPath;
import org.switchboard.app.customer.CustomerCardViewModel.Choice;
import org.switchboard.app.customer.CustomerCardViewModel.State;
import org.switchboard.app.i18n.Localizer;

/**
 * The customer panel, built in code and bound to {@link CustomerCardViewModel}; it decides nothing
 * itself. CRM texts reach the screen only as {@code Label} text (never markup), numbers are laid
 * out left to right in every language. Node ids: {@code customerCard}, {@code headline}, {@code
 * busy}, {@code number}, {@code unavailableReason}, {@code matches} with {@code match0}, {@code
 * match1}, ..., {@code backToList}, {@code customer} (ids in {@link CustomerDetailsPane}) and
 * {@code newContact} (ids in {@link NewContactPane}).
 */
public final class CustomerCardView {
  private final CustomerCardViewModel vm;
  private final Localizer text;
  private final Consumer<URI> browser;
  private final VBox root = new VBox(10);
  private final VBox matches = new VBox(6);
  private final VBox customer = new VBox();

  /**
   * @param browser opens a record link ({@code HostServices::showDocument} in production); only
   *     ever given https links
   */
  public CustomerCardView(CustomerCardViewModel vm, Localizer text, Consumer<URI> browser) {
    this.vm = vm;
    this.text = text;
    this.browser = browser;
    build();
  }

  /** The panel's root node. */
  public Parent root() {
    return root;
  }

  private void build() {
    root.setId("customerCard");
    root.setPadding(new Insets(16));
    root.setPrefWidth(440);
    root.setMinHeight(200);
    root.nodeOrientationProperty()
        .bind(
            Bindings.when(vm.rightToLeftProperty())
                .then(NodeOrientation.RIGHT_TO_LEFT)
                .otherwise(NodeOrientation.LEFT_TO_RIGHT));

    Label headline = new Label();
    headline.setId("headline");
    headline.getStyleClass().add(Styles.TITLE_4);
    headline.textProperty().bind(vm.headlineProperty());
    ProgressIndicator busy = new ProgressIndicator();
    busy.setId("busy");
    busy.setPrefSize(18, 18);
    showWhen(busy, State.SEARCHING);
    HBox top = new HBox(8, backButton(), busy, headline);
    top.setAlignment(Pos.CENTER_LEFT);
    top.visibleProperty().bind(headline.textProperty().isNotEmpty().or(vm.canGoBackProperty()));
    top.managedProperty().bind(top.visibleProperty());

    Label number = new Label();
    number.setId("number");
    number.textProperty().bind(vm.numberProperty());
    number.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
    number.setStyle("-fx-font-size: 1.1em;");
    showWhen(number, State.SEARCHING, State.CHOOSING, State.UNAVAILABLE);

    Label reason = new Label();
    reason.setId("unavailableReason");
    reason.setWrapText(true);
    reason.getStyleClass().add(Styles.WARNING);
    reason.textProperty().bind(vm.unavailableReasonProperty());
    showWhen(reason, State.UNAVAILABLE);

    matches.setId("matches");
    showWhen(matches, State.CHOOSING);
    vm.choices().addListener((ListChangeListener<Choice>) c -> fillMatches());
    fillMatches();

    customer.setId("customer");
    ScrollPane details = new ScrollPane(customer);
    details.setFitToWidth(true);
    details.setFocusTraversable(false);
    // Only the frame goes: "-fx-background" must stay, labels derive their text colour from it.
    details.setStyle("-fx-background-color: transparent;");
    VBox.setVgrow(details, Priority.ALWAYS);
    showWhen(details, State.CUSTOMER);
    vm.detailsProperty().addListener((o, old, now) -> fillCustomer());
    fillCustomer();

    Node form = new NewContactPane(vm, text).root();
    showWhen(form, State.NO_MATCH);

    root.getChildren().addAll(top, number, reason, matches, details, form);
    vm.stateProperty().addListener((o, old, now) -> keepKeyboardFocus());
  }

  /**
   * When the control that had the keyboard focus disappears with the old state (a match button
   * after choosing, "back" after going back), the focus moves to the first control of the new
   * state, so a keyboard user is never stranded. Focus elsewhere in the window is left alone.
   */
  private void keepKeyboardFocus() {
    Scene scene = root.getScene();
    if (scene == null) {
      return;
    }
    Node owner = scene.getFocusOwner();
    if (owner != null && (!inside(owner) || shownInPanel(owner))) {
      return;
    }
    firstFocusable(root).ifPresent(Node::requestFocus);
  }

  private boolean inside(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (n == root) {
        return true;
      }
    }
    return false;
  }

  private boolean shownInPanel(Node node) {
    for (Node n = node; n != null && n != root; n = n.getParent()) {
      if (!n.isVisible()) {
        return false;
      }
    }
    return true;
  }

  private Optional<Node> firstFocusable(Parent parent) {
    for (Node child : parent.getChildrenUnmodifiable()) {
      if (!child.isVisible() || child.isDisabled()) {
        continue;
      }
      if (child.isFocusTraversable()) {
        return Optional.of(child);
      }
      if (child instanceof Parent p) {
        Optional<Node> found = firstFocusable(p);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  private Button backButton() {
    // An arrow drawn as a shape: it mirrors with the layout in right-to-left languages.
    SVGPath arrow = new SVGPath();
    arrow.setContent("M 9 2 L 3 8 L 9 14");
    arrow.setStyle("-fx-stroke: -color-fg-default; -fx-stroke-width: 2; -fx-fill: transparent;");
    Button back = new Button();
    back.setId("backToList");
    back.setGraphic(arrow);
    back.accessibleTextProperty().bind(text.text("customer.back"));
    Tooltip tip = new Tooltip();
    tip.textProperty().bind(text.text("customer.back"));
    back.setTooltip(tip);
    back.setAccessibleRole(AccessibleRole.BUTTON);
    back.visibleProperty().bind(vm.canGoBackProperty());
    back.managedProperty().bind(back.visibleProperty());
    back.setOnAction(e -> vm.backToList());
    return back;
  }

  private void fillMatches() {
    List<Choice> choices = List.copyOf(vm.choices());
    matches.getChildren().clear();
    for (int i = 0; i < choices.size(); i++) {
      Choice choice = choices.get(i);
      Button button = new Button();
      button.setId("match" + i);
      // Names are untrusted: no mnemonic parsing, so an underscore stays an underscore.
      button.setMnemonicParsing(false);
      button.setText(
          choice.company().isEmpty() ? choice.name() : choice.name() + " — " + choice.company());
      button.setMaxWidth(Double.MAX_VALUE);
      button.setAlignment(Pos.CENTER_LEFT);
      int index = i;
      button.setOnAction(e -> vm.choose(index));
      matches.getChildren().add(button);
    }
  }

  private void fillCustomer() {
    CustomerDetails details = vm.detailsProperty().get();
    customer
        .getChildren()
        .setAll(
            details == null
                ? List.of()
                : List.of(
                    new CustomerDetailsPane(
                            details, text, vm.canOpenRecordProperty(), this::openRecord)
                        .root()));
  }

  private void openRecord() {
    vm.recordLink().ifPresent(browser);
  }

  private void showWhen(Node node, State... states) {
    Set<State> when = EnumSet.noneOf(State.class);
    when.addAll(List.of(states));
    BooleanBinding shown =
        Bindings.createBooleanBinding(
            () -> when.contains(vm.stateProperty().get()), vm.stateProperty());
    node.visibleProperty().bind(shown);
    node.managedProperty().bind(shown);
  }
}
