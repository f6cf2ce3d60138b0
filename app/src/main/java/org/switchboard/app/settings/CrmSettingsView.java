package org.switchboard.app.settings;

import java.net.URI;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.app.settings.CrmSettingsViewModel.SignInState;

/**
 * The CRM section: connector, its base URL or file, and Sign in for the OAuth connectors (the link
 * and code to enter are shown, and the link can be opened). Node ids: {@code crmConnector}, {@code
 * crmLocation}, {@code crmLocationError}, {@code crmSignIn}, {@code crmSignInStatus}, {@code
 * crmSignInLink}, {@code crmOpenLink}; {@code crmConnectorLocked} and {@code crmLocationLocked} for
 * what an administrator locked (signing in stays open: it is the agent's own).
 */
public final class CrmSettingsView {
  private final CrmSettingsViewModel vm;
  private final Localizer text;
  private final Consumer<URI> browser;
  private final FieldLocks locks;
  private final FormGrid form;

  /**
   * @param browser opens a link in the user's browser (the sign-in page)
   * @param locks the fields an administrator locked, shown read-only
   */
  public CrmSettingsView(
      CrmSettingsViewModel vm, Localizer text, Consumer<URI> browser, FieldLocks locks) {
    this.vm = vm;
    this.text = text;
    this.browser = browser;
    this.locks = locks;
    this.form = new FormGrid(text);
    form.node().setId("crmSection");
    ComboBox<CrmKind> connector =
        FormGrid.choice(
            "crmConnector",
            text,
            vm.connectors(),
            kind -> text.get("settings.crm.kind." + kind.tag()));
    connector.valueProperty().bindBidirectional(vm.connectorProperty());
    form.row("settings.crm.connector", connector);
    form.lock(connector, locks.locked("crm.connector"));
    location();
    signIn();
  }

  public Parent root() {
    return form.node();
  }

  private void location() {
    TextField location = FormGrid.leftToRight(new TextField());
    location.setId("crmLocation");
    location.setPrefColumnCount(FormGrid.COLUMNS);
    location.textProperty().bindBidirectional(vm.locationProperty());
    location.promptTextProperty().bind(vm.locationPromptProperty());
    form.row(vm.locationLabelProperty(), location);
    form.problem("crmLocationError", vm.locationErrorProperty());
    form.lock(location, locks.locked("crm.location"));
  }

  private void signIn() {
    Button signIn = new Button();
    signIn.setId("crmSignIn");
    signIn.textProperty().bind(text.text("settings.crm.signIn"));
    signIn.disableProperty().bind(Bindings.not(vm.canSignInProperty()));
    signIn.setOnAction(e -> vm.signIn());
    signIn.setMinWidth(Region.USE_PREF_SIZE);
    Label status =
        FormGrid.status(
            "crmSignInStatus",
            vm.signInStatusProperty(),
            Bindings.createBooleanBinding(
                () -> vm.signInStateProperty().getValue() == SignInState.FAILED,
                vm.signInStateProperty()));
    HBox line = new HBox(12, signIn, status);
    line.setAlignment(Pos.CENTER_LEFT);
    bindShown(line, vm.signsInProperty());
    form.under(line);

    TextField link = FormGrid.leftToRight(new TextField());
    link.setId("crmSignInLink");
    link.setEditable(false);
    link.textProperty().bind(vm.signInLinkProperty());
    link.accessibleTextProperty().bind(text.text("settings.crm.link"));
    Button open = new Button();
    open.setId("crmOpenLink");
    open.textProperty().bind(text.text("settings.crm.openLink"));
    open.setMinWidth(Region.USE_PREF_SIZE);
    open.setOnAction(e -> browser.accept(URI.create(vm.signInLinkProperty().get())));
    HBox linkLine = new HBox(8, link, open);
    HBox.setHgrow(link, Priority.ALWAYS);
    bindShown(
        linkLine,
        Bindings.createBooleanBinding(
            () -> vm.signInStateProperty().getValue() == SignInState.WAITING,
            vm.signInStateProperty()));
    form.under(linkLine);
  }

  private static void bindShown(Node node, ObservableBooleanValue shown) {
    node.visibleProperty().bind(shown);
    node.managedProperty().bind(shown);
  }
}
