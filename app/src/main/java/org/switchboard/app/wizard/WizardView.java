package org.switchboard.app.wizard;

import atlantafx.base.theme.Styles;
import java.net.URI;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.app.settings.AccountSettingsView;
import org.switchboard.app.settings.AudioSettingsView;
import org.switchboard.app.settings.CrmSettingsView;
import org.switchboard.app.settings.FieldLocks;
import org.switchboard.app.settings.LanguageSettingsView;
import org.switchboard.app.settings.SettingsViewModel;

/**
 * The first-run wizard's window content, bound to {@link WizardViewModel}: the step, the page (the
 * settings screen's own sections, with fields an administrator locked read-only), what keeps Next
 * disabled, and Back / Next / Finish. Node ids: {@code wizard}, {@code wizardStep}, {@code
 * wizardPage<Page>} ({@code wizardPageLanguage}, ...), {@code wizardProblems}, {@code wizardBack},
 * {@code wizardNext}, {@code wizardFinish}, {@code wizardStatus}.
 */
public final class WizardView {
  private final WizardViewModel vm;
  private final Localizer text;
  private final BorderPane root = new BorderPane();
  private final Map<WizardPage, Node> pages = new EnumMap<>(WizardPage.class);

  /**
   * @param browser opens a link in the user's browser (the CRM's sign-in page)
   */
  public WizardView(WizardViewModel vm, Localizer text, Consumer<URI> browser) {
    this.vm = vm;
    this.text = text;
    SettingsViewModel form = vm.form();
    FieldLocks locks = form.locks();
    pages.put(WizardPage.LANGUAGE, new LanguageSettingsView(form.appearance(), text, locks).root());
    pages.put(WizardPage.ACCOUNT, new AccountSettingsView(form.account(), text, locks).root());
    pages.put(WizardPage.AUDIO, new AudioSettingsView(form.audio(), text, locks).root());
    pages.put(WizardPage.CRM, new CrmSettingsView(form.crm(), text, browser, locks).root());
    pages.put(WizardPage.DONE, done());
    pages.forEach((page, node) -> node.setId("wizardPage" + camel(page.name())));
    build();
  }

  public Parent root() {
    return root;
  }

  private void build() {
    root.setId("wizard");
    root.setPadding(new Insets(20));
    root.nodeOrientationProperty()
        .bind(
            Bindings.when(vm.form().rightToLeftProperty())
                .then(NodeOrientation.RIGHT_TO_LEFT)
                .otherwise(NodeOrientation.LEFT_TO_RIGHT));
    Label step = new Label();
    step.setId("wizardStep");
    step.setMinWidth(Region.USE_PREF_SIZE);
    step.setStyle("-fx-font-size: 1.3em; -fx-font-weight: bold;");
    step.textProperty().bind(vm.stepProperty());
    BorderPane.setMargin(step, new Insets(0, 0, 16, 0));
    root.setTop(step);

    StackPane stack = new StackPane();
    stack.setAlignment(Pos.TOP_LEFT);
    stack.getChildren().addAll(pages.values());
    // Scrolls rather than pushing the buttons out of the window when the problems grow.
    ScrollPane scroll = new ScrollPane(stack);
    scroll.setFitToWidth(true);
    scroll.getStyleClass().add("edge-to-edge");
    root.setCenter(scroll);
    vm.pageProperty().addListener((o, old, now) -> show(now));
    show(vm.pageProperty().get());
    root.setBottom(footer());
  }

  private Node done() {
    Label summary = new Label();
    summary.setId("wizardDone");
    summary.setMinWidth(Region.USE_PREF_SIZE);
    summary.setMinHeight(Region.USE_PREF_SIZE);
    summary.textProperty().bind(text.text("wizard.done"));
    Label status = new Label();
    status.setId("wizardStatus");
    status.setMinWidth(Region.USE_PREF_SIZE);
    status.textProperty().bind(vm.form().statusProperty());
    status.getStyleClass().add(Styles.DANGER);
    status.visibleProperty().bind(vm.form().statusIsProblemProperty());
    return new VBox(12, summary, status);
  }

  private Node footer() {
    Label problems = new Label();
    problems.setId("wizardProblems");
    problems.setMinWidth(Region.USE_PREF_SIZE);
    problems.setMinHeight(Region.USE_PREF_SIZE);
    problems.getStyleClass().add(Styles.DANGER);
    problems.textProperty().bind(vm.problemsProperty());
    problems.visibleProperty().bind(Bindings.isNotEmpty(vm.problemsProperty()));
    problems.managedProperty().bind(problems.visibleProperty());

    Button back = button("wizardBack", "wizard.back");
    back.disableProperty().bind(Bindings.not(vm.canGoBackProperty()));
    back.setOnAction(e -> vm.back());
    Button next = button("wizardNext", "wizard.next");
    next.disableProperty().bind(Bindings.not(vm.canGoNextProperty()));
    next.visibleProperty().bind(Bindings.not(vm.lastPageProperty()));
    next.managedProperty().bind(next.visibleProperty());
    next.defaultButtonProperty().bind(next.visibleProperty());
    next.setOnAction(e -> vm.next());
    Button finish = button("wizardFinish", "wizard.finish");
    finish.getStyleClass().add(Styles.ACCENT);
    finish.disableProperty().bind(Bindings.not(vm.canFinishProperty()));
    finish.visibleProperty().bind(vm.lastPageProperty());
    finish.managedProperty().bind(finish.visibleProperty());
    finish.defaultButtonProperty().bind(finish.visibleProperty());
    finish.setOnAction(e -> vm.finish());

    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    HBox buttons = new HBox(12, back, gap, next, finish);
    VBox footer = new VBox(8, problems, buttons);
    footer.setPadding(new Insets(16, 0, 0, 0));
    return footer;
  }

  private Button button(String id, String key) {
    Button button = new Button();
    button.setId(id);
    button.setMinWidth(Region.USE_PREF_SIZE);
    button.textProperty().bind(text.text(key));
    return button;
  }

  private void show(WizardPage page) {
    pages.forEach((p, node) -> node.setVisible(p == page));
  }

  private static String camel(String name) {
    return name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
  }
}
