package org.switchboard.app.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.app.customer.SampleCustomers.NUMBER;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Platform;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.core.call.CallId;
import org.switchboard.core.customer.Customer;
import org.switchboard.core.customer.CustomerCard;
import org.switchboard.core.customer.NewContact;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The customer panel on a headless JavaFX toolkit (Monocle), driven like an agent drives it. Cards
 * are pushed from the test thread, as CRM workers do, and reach the panel via Platform.runLater.
 */
@ExtendWith(ApplicationExtension.class)
class CustomerCardViewTest {
  private final FakeScreenPop screenPop = new FakeScreenPop();
  private final Localizer localizer = new Localizer(Language.ENGLISH);
  private final List<URI> opened = new CopyOnWriteArrayList<>();
  private @Nullable Scene scene;
  private CustomerCardViewModel vm =
      new CustomerCardViewModel(screenPop, localizer, Platform::runLater, ZoneId.of("UTC"));

  @Start
  void start(Stage stage) {
    vm = new CustomerCardViewModel(screenPop, localizer, Platform::runLater, ZoneId.of("UTC"));
    scene = new Scene(new CustomerCardView(vm, localizer, opened::add).root(), 480, 640);
    stage.setScene(scene);
    stage.show();
  }

  private void offer(FxRobot robot, CustomerCard card) {
    robot.interact(() -> vm.show(new CallId("c1"), NUMBER.value()));
    screenPop.push(card);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static String text(FxRobot robot, String id) {
    return robot.lookup("#" + id).queryAs(Label.class).getText();
  }

  /** Whether the node {@code id} is on screen: it and every ancestor are visible. */
  private static boolean shown(FxRobot robot, String id) {
    Node node = robot.lookup("#" + id).tryQuery().orElse(null);
    for (Node n = node; n != null; n = n.getParent()) {
      if (!n.isVisible()) {
        return false;
      }
    }
    return node != null;
  }

  @Test
  void oneMatchShowsTheCardAndOpensTheRecordInTheBrowser(FxRobot robot) {
    offer(robot, new CustomerCard.Matches(NUMBER, List.of(SampleCustomers.ada())));

    assertThat(text(robot, "customerName")).isEqualTo("Ada Lovelace");
    assertThat(text(robot, "customerCompany")).isEqualTo("Analytical Engines Ltd");
    assertThat(text(robot, "phone1")).isEqualTo("+44 20 7946 0958");
    assertThat(text(robot, "email0")).isEqualTo("ada@engines.example");
    assertThat(text(robot, "tag0")).isEqualTo("VIP");
    assertThat(text(robot, "interaction0")).isEqualTo("Mar 14, 2025, 9:05 AM · Grace · Resolved");
    assertThat(text(robot, "interactionNotes0")).isEqualTo("Asked about the invoice for March.");
    assertThat(text(robot, "openItem0")).isEqualTo("Ticket · Invoice shows the wrong VAT · Open");
    assertThat(shown(robot, "backToList")).isFalse();

    robot.clickOn("#openInCrm");

    assertThat(opened)
        .containsExactly(URI.create("https://app.hubspot.com/contacts/1/record/0-1/501"));
  }

  @Test
  void aPlainHttpLinkLeavesOpenInCrmDisabled(FxRobot robot) {
    Customer http =
        SampleCustomers.withLink(SampleCustomers.ada(), URI.create("http://crm.example.com/r/1"));
    offer(robot, new CustomerCard.Matches(NUMBER, List.of(http)));

    assertThat(robot.lookup("#openInCrm").queryAs(Button.class).isDisabled()).isTrue();
    robot.clickOn("#openInCrm");
    assertThat(opened).isEmpty();
  }

  @Test
  void severalMatchesAreChosenFromAndBackReturnsToTheList(FxRobot robot) {
    offer(
        robot,
        new CustomerCard.Matches(
            NUMBER,
            List.of(
                SampleCustomers.named("1", "Ada Lovelace", "Engines Ltd"),
                SampleCustomers.named("2", "Ada King", null))));
    assertThat(text(robot, "headline")).isEqualTo("2 customers have this number. Choose one:");
    assertThat(robot.lookup("#match0").queryAs(Button.class).getText())
        .isEqualTo("Ada Lovelace — Engines Ltd");

    robot.clickOn("#match1");

    assertThat(text(robot, "customerName")).isEqualTo("Ada King");
    assertThat(shown(robot, "matches")).isFalse();
    Button back = robot.lookup("#backToList").queryAs(Button.class);
    assertThat(back.isVisible()).isTrue();
    assertThat(back.getText()).isNullOrEmpty();
    assertThat(back.getAccessibleText()).isEqualTo("Back to list");
    assertThat(back.getTooltip().getText()).isEqualTo("Back to list");

    robot.clickOn("#backToList");

    assertThat(shown(robot, "match0")).isTrue();
    assertThat(shown(robot, "customer")).isFalse();
    assertThat(vm.chosenCustomerId()).isEmpty();
  }

  @Test
  void noMatchOffersCreateContactWithTheNumberFilledAndReadOnly(FxRobot robot) {
    offer(robot, new CustomerCard.NoMatch(NUMBER));
    TextField number = robot.lookup("#newContactNumber").queryAs(TextField.class);
    assertThat(number.getText()).isEqualTo("+4930901820");
    assertThat(number.isEditable()).isFalse();
    assertThat(number.getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
    assertThat(text(robot, "newContactNameError")).isEqualTo("Name is required");
    assertThat(robot.lookup("#createContact").queryAs(Button.class).isDisabled()).isTrue();

    robot.clickOn("#newContactName").write("Ada Lovelace");
    robot.clickOn("#newContactEmail").write("ada@");
    assertThat(text(robot, "newContactEmailError"))
        .isEqualTo("Email must look like name@example.com");
    assertThat(robot.lookup("#createContact").queryAs(Button.class).isDisabled()).isTrue();
    robot.write("engines.example");
    robot.clickOn("#createContact");

    assertThat(screenPop.created)
        .containsExactly(new NewContact(NUMBER, "Ada Lovelace", null, "ada@engines.example"));
    assertThat(robot.lookup("#createContact").queryAs(Button.class).getText())
        .isEqualTo("Creating…");

    screenPop.createResult.complete(SampleCustomers.named("9", "Ada Lovelace", null));
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(text(robot, "customerName")).isEqualTo("Ada Lovelace");
    assertThat(shown(robot, "newContact")).isFalse();
  }

  @Test
  void aFailedCreateIsShownUnderTheForm(FxRobot robot) {
    offer(robot, new CustomerCard.NoMatch(NUMBER));
    robot.clickOn("#newContactName").write("Ada");
    robot.clickOn("#createContact");

    screenPop.createResult.completeExceptionally(
        new org.switchboard.core.customer.DirectoryException(
            org.switchboard.core.customer.DirectoryException.Kind.UNSUPPORTED,
            "ldap cannot create contacts"));
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(text(robot, "createError"))
        .isEqualTo("Could not create the contact: ldap cannot create contacts");
    assertThat(shown(robot, "newContact")).isTrue();
  }

  @Test
  void unavailableShowsWhenItRetriesAndWhy(FxRobot robot) {
    offer(
        robot,
        new CustomerCard.Unavailable(
            NUMBER, "crm.example.com answered 503", Instant.parse("2025-03-14T09:05:07Z")));

    assertThat(text(robot, "headline")).isEqualTo("CRM unavailable — retrying at 09:05:07");
    assertThat(text(robot, "unavailableReason")).isEqualTo("Reason: crm.example.com answered 503");
    assertThat(text(robot, "number")).isEqualTo("+4930901820");
    assertThat(shown(robot, "busy")).isFalse();
  }

  @Test
  void searchingAndWithheldNumbersSaySo(FxRobot robot) {
    offer(robot, new CustomerCard.Searching(NUMBER));
    assertThat(text(robot, "headline")).isEqualTo("Looking up the caller…");
    assertThat(shown(robot, "busy")).isTrue();
    assertThat(shown(robot, "number")).isTrue();

    screenPop.push(new CustomerCard.NoNumber());
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(text(robot, "headline")).isEqualTo("Number withheld");
    assertThat(shown(robot, "number")).isFalse();
  }

  @Test
  void hostileNamesAreShownLiterallyWithoutTheirBidiOverrides(FxRobot robot) {
    offer(
        robot,
        new CustomerCard.Matches(
            NUMBER,
            List.of(
                SampleCustomers.named("1", "<script>alert(1)</script>", null),
                SampleCustomers.named("2", "\u202Egnp.exe_\u202C Mallory", "<img src=x>"))));

    assertThat(robot.lookup("#match0").queryAs(Button.class).getText())
        .isEqualTo("<script>alert(1)</script>");
    Button second = robot.lookup("#match1").queryAs(Button.class);
    assertThat(second.getText()).isEqualTo("gnp.exe_ Mallory — <img src=x>");
    assertThat(second.isMnemonicParsing()).isFalse();

    robot.clickOn("#match0");
    assertThat(text(robot, "customerName")).isEqualTo("<script>alert(1)</script>");
    robot.clickOn("#backToList");
    robot.clickOn("#match1");
    assertThat(text(robot, "customerName")).isEqualTo("gnp.exe_ Mallory").doesNotContain("\u202E");
  }

  @Test
  void everyButtonIsReachedWithTheTabKey(FxRobot robot) {
    offer(
        robot,
        new CustomerCard.Matches(
            NUMBER, List.of(SampleCustomers.ada(), SampleCustomers.named("2", "Ada King", null))));
    assertThat(focusCycle(robot)).contains("match0", "match1");

    robot.clickOn("#match0");
    assertThat(focusCycle(robot)).contains("backToList", "openInCrm");

    robot.interact(() -> vm.show(new CallId("c2"), NUMBER.value()));
    screenPop.push(new CustomerCard.NoMatch(NUMBER));
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("#newContactName").write("Ada");
    assertThat(focusCycle(robot))
        .contains("newContactName", "newContactCompany", "newContactEmail", "createContact");
  }

  @Test
  void persianMirrorsThePanelButNumbersStayLeftToRight(FxRobot robot) {
    robot.interact(() -> localizer.languageProperty().set(Language.PERSIAN));
    offer(robot, new CustomerCard.Matches(NUMBER, List.of(SampleCustomers.ada())));

    assertThat(robot.lookup("#customerCard").query().getEffectiveNodeOrientation())
        .isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
    assertThat(robot.lookup("#phone0").query().getEffectiveNodeOrientation())
        .isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
    assertThat(robot.lookup("#email0").query().getEffectiveNodeOrientation())
        .isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
    assertThat(robot.lookup("#openInCrm").queryAs(Button.class).getText())
        .isEqualTo("باز کردن در CRM");
    assertThat(text(robot, "openItem0")).startsWith("تیکت");

    robot.interact(() -> vm.show(new CallId("c2"), NUMBER.value()));
    screenPop.push(new CustomerCard.Searching(NUMBER));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(text(robot, "headline")).isEqualTo("در جست\u200Cوجوی تماس\u200Cگیرنده…");
    assertThat(robot.lookup("#number").query().getEffectiveNodeOrientation())
        .isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
    assertThat(robot.lookup("#customerCard").query().getEffectiveNodeOrientation())
        .isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
  }

  /** The ids of the nodes the Tab key visits, starting where the focus is, once round. */
  private Set<String> focusCycle(FxRobot robot) {
    Scene shown = java.util.Objects.requireNonNull(scene);
    Set<String> ids = new LinkedHashSet<>();
    System.err.println(
        "before: " + shown.getFocusOwner() + " window focused " + shown.getWindow().isFocused());
    for (int i = 0; i < 20; i++) {
      robot.type(KeyCode.TAB);
      Node owner = shown.getFocusOwner();
      String id =
          owner == null
              ? "null"
              : owner.getId() == null ? owner.getClass().getSimpleName() : owner.getId();
      ids.add(id);
    }
    return ids;
  }
}
