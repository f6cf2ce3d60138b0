package org.switchboard.app.settings;

import atlantafx.base.theme.Styles;
import java.net.URI;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.switchboard.app.diagnostics.SupportView;
import org.switchboard.app.diagnostics.SupportViewModel;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.app.settings.SettingsViewModel.Section;

/**
 * The settings screen: the sections listed on the side (a section with problems is marked), the
 * chosen section, then the problems that keep Save disabled (each naming its section and field),
 * Save, Undo changes, the status line and why central configuration was not used (if so). Fields an
 * administrator locked are read-only. Built in code and bound to {@link SettingsViewModel}. Node
 * ids: {@code settings}, {@code nav<Section>} ({@code navAccount}, {@code navAudio}, ...), {@code
 * sectionTitle}, the sections' own ids, {@code problems}, {@code save}, {@code revert}, {@code
 * status}, {@code provisioningStatus}.
 */
public final class SettingsView {
  private final SettingsViewModel vm;
  private final Localizer text;
  private final BorderPane root = new BorderPane();
  private final Map<Section, Node> pages = new EnumMap<>(Section.class);
  private final Map<Section, ToggleButton> nav = new EnumMap<>(Section.class);

  /**
   * @param browser opens a link in the user's browser (the CRM's sign-in page)
   */
  public SettingsView(SettingsViewModel vm, Localizer text, Consumer<URI> browser) {
    this.vm = vm;
    this.text = text;
    FieldLocks locks = vm.locks();
    pages.put(Section.ACCOUNT, new AccountSettingsView(vm.account(), text, locks).root());
    pages.put(Section.CONNECTION, new ConnectionSettingsView(vm.connection(), text, locks).root());
    pages.put(Section.AUDIO, new AudioSettingsView(vm.audio(), text, locks).root());
    pages.put(Section.CRM, new CrmSettingsView(vm.crm(), text, browser, locks).root());
    pages.put(Section.QUEUE, new QueueSettingsView(vm.queue(), text, locks).root());
    pages.put(Section.HOTKEYS, new HotkeysView(vm.hotkeys(), text, locks).root());
    pages.put(Section.LANGUAGE, new LanguageSettingsView(vm.appearance(), text, locks).root());
    pages.put(Section.THEME, new ThemeSettingsView(vm.appearance(), text, locks).root());
    pages.put(Section.AUTO_ANSWER, new AutoAnswerView(vm.autoAnswer(), text, locks).root());
    pages.put(Section.GENERAL, new GeneralSettingsView(vm.general(), text, locks).root());
    SupportViewModel support = vm.support();
    if (support != null) {
      pages.put(Section.SUPPORT, new SupportView(support, text).root());
    }
    build();
  }

  /** The screen's root node. */
  public Parent root() {
    return root;
  }

  /** The node id of {@code section}'s entry in the list. */
  public static String navId(Section section) {
    StringBuilder id = new StringBuilder("nav");
    for (String word : section.name().split("_")) {
      id.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
    }
    return id.toString();
  }

  private void build() {
    root.setId("settings");
    root.setPadding(new Insets(16));
    root.nodeOrientationProperty()
        .bind(
            Bindings.when(vm.rightToLeftProperty())
                .then(NodeOrientation.RIGHT_TO_LEFT)
                .otherwise(NodeOrientation.LEFT_TO_RIGHT));
    root.setLeft(navigation());
    root.setCenter(content());
    root.setBottom(footer());
  }

  private VBox navigation() {
    ToggleGroup group = new ToggleGroup();
    VBox list = new VBox(4);
    list.setId("settingsNav");
    list.setPadding(new Insets(0, 16, 0, 0));
    for (Section section : vm.sections()) {
      ToggleButton entry = new ToggleButton();
      entry.setId(navId(section));
      entry.textProperty().bind(text.text(section.titleKey()));
      entry.setToggleGroup(group);
      entry.setMaxWidth(Double.MAX_VALUE);
      entry.setMinWidth(Region.USE_PREF_SIZE);
      entry.setAlignment(Pos.CENTER_LEFT);
      entry.setOnAction(e -> vm.selectedSectionProperty().set(section));
      markProblems(entry, section);
      nav.put(section, entry);
      list.getChildren().add(entry);
    }
    // A toggle group lets the chosen entry be clicked off; a section is always shown.
    group
        .selectedToggleProperty()
        .addListener(
            (o, old, now) -> {
              if (now == null && old != null) {
                old.setSelected(true);
              }
            });
    vm.selectedSectionProperty().addListener((o, old, now) -> show(now));
    return list;
  }

  private Node content() {
    Label title = new Label();
    title.setId("sectionTitle");
    title.setMinWidth(Region.USE_PREF_SIZE);
    title.setStyle("-fx-font-size: 1.3em; -fx-font-weight: bold;");
    title
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> text.get(vm.selectedSectionProperty().get().titleKey()),
                vm.selectedSectionProperty(),
                text.languageProperty()));
    StackPane stack = new StackPane();
    stack.getChildren().addAll(pages.values());
    stack.setAlignment(Pos.TOP_LEFT);
    VBox box = new VBox(12, title, stack);
    ScrollPane scroll = new ScrollPane(box);
    scroll.setFitToWidth(true);
    scroll.getStyleClass().add("edge-to-edge");
    show(vm.selectedSectionProperty().get());
    return scroll;
  }

  private Node footer() {
    Label problems = new Label();
    problems.setId("problems");
    problems.setMinWidth(Region.USE_PREF_SIZE);
    problems.setMinHeight(Region.USE_PREF_SIZE);
    problems.getStyleClass().add(Styles.DANGER);
    problems.textProperty().bind(vm.problemsTextProperty());
    problems.visibleProperty().bind(Bindings.isNotEmpty(vm.problemsTextProperty()));
    problems.managedProperty().bind(problems.visibleProperty());

    Button save = new Button();
    save.setId("save");
    save.textProperty().bind(text.text("settings.save"));
    save.setDefaultButton(true);
    save.getStyleClass().add(Styles.ACCENT);
    save.setMinWidth(Region.USE_PREF_SIZE);
    save.disableProperty().bind(Bindings.not(vm.canSaveProperty()));
    save.setOnAction(e -> vm.save());

    Button revert = new Button();
    revert.setId("revert");
    revert.textProperty().bind(text.text("settings.revert"));
    revert.setMinWidth(Region.USE_PREF_SIZE);
    revert.setOnAction(e -> vm.load());

    Label status = FormGrid.status("status", vm.statusProperty(), vm.statusIsProblemProperty());
    Label provisioning = new Label();
    provisioning.setId("provisioningStatus");
    provisioning.setMinWidth(Region.USE_PREF_SIZE);
    provisioning.setMinHeight(Region.USE_PREF_SIZE);
    provisioning.getStyleClass().add(Styles.WARNING);
    provisioning.textProperty().bind(vm.provisioningProblemsProperty());
    provisioning.visibleProperty().bind(Bindings.isNotEmpty(vm.provisioningProblemsProperty()));
    provisioning.managedProperty().bind(provisioning.visibleProperty());
    VBox footer = new VBox(8, problems, new HBox(12, save, revert), status, provisioning);
    footer.setPadding(new Insets(16, 0, 0, 0));
    return footer;
  }

  private void show(Section section) {
    pages.forEach((s, page) -> page.setVisible(s == section));
    Objects.requireNonNull(nav.get(section), "nav").setSelected(true);
  }

  /**
   * Marks a section with problems: a red dot beside its name, {@link Styles#DANGER} on the entry,
   * and its accessible name says so.
   */
  private void markProblems(ToggleButton entry, Section section) {
    ObservableValue<List<String>> problems = vm.problemsProperty(section);
    Label dot = new Label("\u25CF");
    dot.getStyleClass().add(Styles.DANGER);
    BooleanBinding has =
        Bindings.createBooleanBinding(() -> !problems.getValue().isEmpty(), problems);
    dot.visibleProperty().bind(has);
    entry.setGraphic(dot);
    entry.setContentDisplay(ContentDisplay.RIGHT);
    entry
        .accessibleTextProperty()
        .bind(
            Bindings.createStringBinding(
                () -> {
                  String title = text.get(section.titleKey());
                  return has.get() ? text.get("settings.section.hasProblems", title) : title;
                },
                has,
                text.languageProperty()));
    Runnable mark =
        () -> {
          entry.getStyleClass().remove(Styles.DANGER);
          if (has.get()) {
            entry.getStyleClass().add(Styles.DANGER);
          }
        };
    has.addListener((o, old, now) -> mark.run());
    mark.run();
  }
}
