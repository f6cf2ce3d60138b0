package org.switchboard.app.screenshots;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.customer.CustomerCardView;
import org.switchboard.app.customer.CustomerCardViewModel;
import org.switchboard.app.customer.SampleCustomers;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.app.journal.FakeCallJournal;
import org.switchboard.app.journal.OutboxView;
import org.switchboard.app.journal.OutboxViewModel;
import org.switchboard.app.journal.SampleEntries;
import org.switchboard.core.Subscription;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.PhoneNumber;
import org.switchboard.core.customer.Customer;
import org.switchboard.core.customer.CustomerCard;
import org.switchboard.core.customer.CustomerId;
import org.switchboard.core.customer.Interaction;
import org.switchboard.core.customer.NewContact;
import org.switchboard.core.customer.OpenItem;
import org.switchboard.core.customer.OpenItemKind;
import org.switchboard.core.customer.ScreenPop;
import org.switchboard.core.journal.JournalEntry;

/**
 * Writes PNGs of the customer panel (one match, several matches, the create-contact form, CRM
 * unavailable) and the CRM outbox in one language: {@code CrmScreenshots <language tag> <dir>}. The
 * views are the production ones on sample data (fake ScreenPop and journal); the bundled Vazirmatn
 * font is used for right-to-left languages as the desktop does. Run by take-crm-screenshots.sh
 * under Xvfb.
 */
public final class CrmScreenshots {
  private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
  private static final PhoneNumber NUMBER = SampleCustomers.NUMBER;

  private CrmScreenshots() {}

  public static void main(String[] args) throws Exception {
    Language language =
        Language.fromTag(args[0]).orElseThrow(() -> new IllegalArgumentException(args[0]));
    Path dir = Path.of(args[1]);
    CountDownLatch started = new CountDownLatch(1);
    Platform.startup(started::countDown);
    Platform.setImplicitExit(false); // each screen closes its window before the next opens
    started.await(10, TimeUnit.SECONDS);
    String family = ScreenshotSupport.onFx(ScreenshotSupport::loadFonts);
    boolean rtl = language.rightToLeft();
    List<Customer> customers = rtl ? persianCustomers() : List.of(SampleCustomers.ada());
    Customer first = customers.get(0);
    int written = 0;
    written += shoot(dir, "card-one", language, family, card(language, matches(first)));
    written += shoot(dir, "card-several", language, family, card(language, matches(several(rtl))));
    written +=
        shoot(
            dir,
            "card-nomatch",
            language,
            family,
            card(language, new CustomerCard.NoMatch(NUMBER)));
    written +=
        shoot(
            dir,
            "card-unavailable",
            language,
            family,
            card(
                language,
                new CustomerCard.Unavailable(
                    NUMBER,
                    "crm.example.com did not answer within 1.5 s",
                    Instant.parse("2025-03-14T09:05:37Z"))));
    written += shoot(dir, "outbox", language, family, () -> outbox(language));
    Platform.exit();
    System.exit(written == 5 ? 0 : 1);
  }

  private static CustomerCard.Matches matches(Customer customer) {
    return new CustomerCard.Matches(NUMBER, List.of(customer));
  }

  private static CustomerCard.Matches matches(List<Customer> customers) {
    return new CustomerCard.Matches(NUMBER, customers);
  }

  private static Supplier<Parent> card(Language language, CustomerCard shown) {
    return () -> {
      Localizer localizer = new Localizer(language);
      CustomerCardViewModel vm =
          new CustomerCardViewModel(fixed(shown), localizer, Runnable::run, ZONE);
      CustomerCardView view = new CustomerCardView(vm, localizer, uri -> {});
      vm.show(new CallId("screenshot"), NUMBER.value());
      if (shown instanceof CustomerCard.NoMatch) {
        vm.form().nameProperty().set(language.rightToLeft() ? "مریم" : "Mary");
        vm.form().emailProperty().set("mary@");
      }
      return view.root();
    };
  }

  private static Parent outbox(Language language) {
    Localizer localizer = new Localizer(language);
    JournalEntry fresh = SampleEntries.fresh("k3");
    FakeCallJournal journal =
        new FakeCallJournal(
            List.of(SampleEntries.pending("k1"), fresh, SampleEntries.failed("k2")));
    OutboxViewModel vm =
        new OutboxViewModel(journal, localizer, Runnable::run, Runnable::run, ZONE);
    OutboxView view = new OutboxView(vm, localizer);
    vm.start();
    return view.root();
  }

  /** A ScreenPop that answers every lookup at once with {@code card}. */
  private static ScreenPop fixed(CustomerCard card) {
    return new ScreenPop() {
      @Override
      public Subscription lookup(CallId call, String number, Consumer<CustomerCard> listener) {
        listener.accept(card);
        return () -> {};
      }

      @Override
      public CompletableFuture<Customer> createContact(NewContact contact) {
        return new CompletableFuture<>();
      }

      @Override
      public void forget(CallId call) {}
    };
  }

  private static List<Customer> several(boolean rtl) {
    return rtl
        ? List.of(
            SampleCustomers.named("1", "سارا محمدی", "شرکت آوای پارس"),
            SampleCustomers.named("2", "سارا محمدی‌نژاد", null),
            SampleCustomers.named("3", "Sara Mohammadi", "Pars Trading GmbH"))
        : List.of(
            SampleCustomers.named("1", "Ada Lovelace", "Analytical Engines Ltd"),
            SampleCustomers.named("2", "Ada King", null),
            SampleCustomers.named("3", "A. Lovelace-Byron", "Difference & Co."));
  }

  private static List<Customer> persianCustomers() {
    return List.of(
        new Customer(
            new CustomerId("hubspot", "601"),
            "سارا محمدی",
            "شرکت آوای پارس",
            List.of("+982188776655", "+989121234567"),
            List.of("sara@avaye-pars.example"),
            List.of("مشتری ویژه", "تمدید قرارداد"),
            List.of(
                new Interaction(
                    SampleCustomers.LAST_CALL,
                    "مریم",
                    "حل شد",
                    "درباره‌ی فاکتور اسفند پرسید؛ مبلغ مالیات اصلاح شد.",
                    "phone"),
                new Interaction(
                    Instant.parse("2025-02-02T15:40:00Z"),
                    "Alan",
                    "تماس مجدد",
                    "Wants a call back about the new contract.",
                    "phone")),
            List.of(
                new OpenItem("T-1", OpenItemKind.TICKET, "خطا در فاکتور اسفند", "باز", null),
                new OpenItem("O-7", OpenItemKind.ORDER, "هدست بی‌سیم ×۲", "ارسال شد", null)),
            URI.create("https://crm.example.com/contacts/601")));
  }

  private static int shoot(
      Path dir, String name, Language language, @Nullable String family, Supplier<Parent> content)
      throws Exception {
    Path out = dir.resolve("crm-" + name + "-" + language.tag() + ".png");
    AtomicReference<@Nullable Stage> stage = new AtomicReference<>();
    ScreenshotSupport.onFx(
        () -> {
          Parent root = content.get();
          if (family != null && language.rightToLeft()) {
            root.setStyle("-fx-font-family: \"" + family + "\";");
          }
          Stage s = new Stage();
          s.setScene(new Scene(root));
          s.show();
          stage.set(s);
          return null;
        });
    Thread.sleep(800); // layout and the first frames
    return ScreenshotSupport.onFx(
        () -> {
          Stage s = stage.get();
          if (s == null) {
            return 0;
          }
          WritableImage image = s.getScene().snapshot(null);
          Png.write(image, out);
          s.close();
          System.out.println(
              "wrote " + out + " (" + (int) image.getWidth() + "x" + (int) image.getHeight() + ")");
          return 1;
        });
  }
}
