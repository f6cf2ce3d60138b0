package org.switchboard.app.settings;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.app.settings.AccountSettingsViewModel.Field;
import org.switchboard.core.account.SipTransport;

/**
 * The account settings screen, built in code and bound to {@link AccountSettingsViewModel}; it
 * decides nothing itself. Node ids (for tests and styling): the field names in camel case ({@code
 * host}, {@code port}, ...), {@code <field>Error}, {@code <field>Locked} (shown while an
 * administrator locks the field), {@code transport}, {@code password}, {@code passwordNote}, and
 * standalone also {@code language}, {@code save}, {@code status}.
 */
public final class AccountSettingsView {
  private final AccountSettingsViewModel vm;
  private final Localizer text;
  private final boolean standalone;
  private final FieldLocks locks;
  private final VBox root = new VBox(12);
  private final GridPane grid = new GridPane();
  private int row;

  /** The standalone screen: title, the account, the language, Save and the status line. */
  public AccountSettingsView(AccountSettingsViewModel vm, Localizer text) {
    this(vm, text, true, new FieldLocks());
  }

  /**
   * The account section of {@link SettingsView} and the wizard: only the account's fields and
   * password, each problem naming its field ({@code Port: ...}).
   *
   * @param locks the fields an administrator locked, shown read-only
   */
  public AccountSettingsView(AccountSettingsViewModel vm, Localizer text, FieldLocks locks) {
    this(vm, text, false, locks);
  }

  private AccountSettingsView(
      AccountSettingsViewModel vm, Localizer text, boolean standalone, FieldLocks locks) {
    this.vm = vm;
    this.text = text;
    this.standalone = standalone;
    this.locks = locks;
    build();
  }

  /** The screen's root node. */
  public Parent root() {
    return root;
  }

  private void build() {
    root.setPadding(new Insets(standalone ? 20 : 0));
    root.setId(standalone ? "accountSettings" : "accountSection");
    root.nodeOrientationProperty()
        .bind(
            Bindings.when(vm.rightToLeftProperty())
                .then(NodeOrientation.RIGHT_TO_LEFT)
                .otherwise(NodeOrientation.LEFT_TO_RIGHT));

    Label title = label("settings.title");
    title.setId("title");
    title.setStyle("-fx-font-size: 1.4em; -fx-font-weight: bold;");

    grid.setHgap(12);
    grid.setVgap(2);
    ColumnConstraints labels = new ColumnConstraints();
    labels.setMinWidth(Region.USE_PREF_SIZE);
    // Text fields are as wide as their column count, so the form grows with the text size.
    ColumnConstraints inputs = new ColumnConstraints();
    inputs.setHgrow(Priority.ALWAYS);
    grid.getColumnConstraints().addAll(labels, inputs);

    // Host names, port numbers and SIP user names read left to right in every language.
    FormGrid.leftToRight(addText(Field.HOST, "host", "settings.host", null));
    FormGrid.leftToRight(addText(Field.PORT, "port", "settings.port", null));
    addTransport();
    FormGrid.leftToRight(addText(Field.USER, "user", "settings.user", null));
    FormGrid.leftToRight(
        addText(Field.AUTH_USER, "authUser", "settings.authUser", "settings.authUser.prompt"));
    FormGrid.leftToRight(addText(Field.DOMAIN, "domain", "settings.domain", null));
    addText(Field.DISPLAY_NAME, "displayName", "settings.displayName", null);
    addPassword();
    if (!standalone) {
      root.getChildren().add(grid);
      return;
    }
    addLanguage();

    Button save = new Button();
    save.setId("save");
    save.textProperty().bind(text.text("settings.save"));
    save.setDefaultButton(true);
    save.disableProperty().bind(Bindings.not(vm.canSaveProperty()));
    save.setOnAction(e -> vm.save());

    Label status = FormGrid.status("status", vm.statusProperty(), vm.statusIsProblemProperty());
    status.setMinWidth(Region.USE_COMPUTED_SIZE);
    status.setWrapText(true);

    HBox actions = new HBox(12, save);
    root.getChildren().addAll(title, grid, actions, status);
  }

  private TextField addText(Field field, String id, String labelKey, @Nullable String promptKey) {
    TextField input = new TextField();
    input.setId(id);
    input.setPrefColumnCount(FormGrid.COLUMNS);
    input.textProperty().bindBidirectional(vm.valueProperty(field));
    if (promptKey != null) {
      input.promptTextProperty().bind(text.text(promptKey));
    }
    addRow(labelKey, input);
    Label error =
        addError(id + "Error", standalone ? vm.errorProperty(field) : vm.namedErrorProperty(field));
    addLock(input, id, error);
    return input;
  }

  private void addTransport() {
    ComboBox<SipTransport> transport = new ComboBox<>();
    transport.setId("transport");
    transport.getItems().setAll(vm.transports());
    transport.valueProperty().bindBidirectional(vm.transportProperty());
    addRow("settings.transport", transport);
    addLock(transport, "transport", addError("transportError", null));
  }

  private void addPassword() {
    PasswordField password = new PasswordField();
    password.setId("password");
    password.setPrefColumnCount(FormGrid.COLUMNS);
    password.textProperty().bindBidirectional(vm.passwordProperty());
    password
        .promptTextProperty()
        .bind(
            Bindings.when(vm.passwordSavedProperty())
                .then(text.text("settings.password.savedPrompt"))
                .otherwise(""));
    addRow("settings.password", password);
    // Not wrapped: JavaFX 21 wraps Arabic-script text wrongly (lines overflow and repeat), so
    // the texts carry their own line breaks.
    Label note = new Label();
    note.setId("passwordNote");
    note.setMinWidth(Region.USE_PREF_SIZE);
    note.setMinHeight(Region.USE_PREF_SIZE);
    note.setStyle("-fx-font-size: 0.9em;");
    note.getStyleClass().add(Styles.TEXT_MUTED);
    note.textProperty().bind(vm.passwordNoteProperty());
    grid.add(note, 1, row++);
  }

  private void addLanguage() {
    ComboBox<Language> language = new ComboBox<>();
    language.setId("language");
    language.getItems().setAll(vm.languages());
    language.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(@Nullable Language value) {
            return value == null ? "" : value.nativeName();
          }

          @Override
          public @Nullable Language fromString(String name) {
            return vm.languages().stream()
                .filter(l -> l.nativeName().equals(name))
                .findFirst()
                .orElse(null);
          }
        });
    language.valueProperty().bindBidirectional(vm.languageProperty());
    addRow("settings.language", language);
    addLock(language, "language");
  }

  /** Read-only, with a note, while the field at {@code path} is locked. */
  private void addLock(Control input, String path) {
    grid.add(LockedField.lock(input, locks.locked(path), text), 1, row++);
  }

  /**
   * As {@link #addLock(Control, String)}, with the note in the cell of the field's problem line,
   * right under the field: a locked field shows no problem (the administrator's value was checked),
   * and a note a row further down would read as the next field's.
   */
  private void addLock(Control input, String path, Label error) {
    ObservableBooleanValue locked = locks.locked(path);
    error.visibleProperty().bind(Bindings.not(locked));
    grid.add(LockedField.lock(input, locked, text), 1, row - 1);
  }

  private void addRow(String labelKey, Control input) {
    Label label = label(labelKey);
    label.setLabelFor(input);
    input.setMaxWidth(Double.MAX_VALUE);
    grid.add(label, 0, row);
    grid.add(input, 1, row++);
  }

  private Label addError(String id, @Nullable ObservableStringValue message) {
    Label error = new Label();
    error.setId(id);
    error.setStyle("-fx-font-size: 0.9em;");
    error.getStyleClass().add(Styles.DANGER);
    // Unwrapped for the same reason as the password note; the messages are short.
    error.setMinWidth(Region.USE_PREF_SIZE);
    if (message != null) {
      error.textProperty().bind(message);
    }
    grid.add(error, 1, row++);
    return error;
  }

  private Label label(String key) {
    Label label = new Label();
    label.setMinWidth(Region.USE_PREF_SIZE);
    label.textProperty().bind(text.text(key));
    return label;
  }
}
