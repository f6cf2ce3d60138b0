package org.switchboard.app.updates;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.app.settings.GeneralSettings;
import org.switchboard.app.settings.UpdatePolicy;

/** The newer-version notice fed by a real check against an HTTPS feed on loopback. */
class UpdateNoticeViewModelTest {
  private HttpsFeedServer feed;
  private final Localizer localizer = new Localizer(Language.ENGLISH);
  private final List<URI> opened = new CopyOnWriteArrayList<>();
  private final UpdateNoticeViewModel vm =
      new UpdateNoticeViewModel(localizer, opened::add, Runnable::run);

  @BeforeEach
  void start() throws Exception {
    feed = new HttpsFeedServer();
    feed.serve(
        "{\"version\": \"0.2.0\", \"url\": \"https://downloads.example.com/0.2.0\","
            + " \"notes\": \"Faster screen pops\"}");
  }

  @AfterEach
  void stop() throws Exception {
    feed.close();
  }

  private void check(String running, UpdatePolicy policy) throws Exception {
    vm.checkWith(
            HttpsFeedServer.checkRunning(running), new GeneralSettings(false, policy, feed.feed()))
        .get(20, TimeUnit.SECONDS);
  }

  @Test
  void aNewerVersionShowsTheNoticeWithItsNotesAndLink() throws Exception {
    check("0.1.0", UpdatePolicy.NOTIFY);

    assertThat(vm.shownProperty().get()).isTrue();
    assertThat(vm.textProperty().get()).isEqualTo("Switchboard 0.2.0 is available.");
    assertThat(vm.notesProperty().get()).isEqualTo("Faster screen pops");
    vm.download();
    assertThat(opened).containsExactly(URI.create("https://downloads.example.com/0.2.0"));
  }

  @Test
  void theNoticeIsTranslated() throws Exception {
    check("0.1.0", UpdatePolicy.NOTIFY);

    localizer.languageProperty().set(Language.RUSSIAN);

    assertThat(vm.textProperty().get()).isEqualTo("Доступна версия Switchboard 0.2.0.");
  }

  @Test
  void theSameVersionShowsNothing() throws Exception {
    check("0.2.0", UpdatePolicy.NOTIFY);

    assertThat(vm.shownProperty().get()).isFalse();
    assertThat(vm.textProperty().get()).isEmpty();
  }

  @Test
  void withUpdatesOffNothingIsAskedOrShown() throws Exception {
    check("0.1.0", UpdatePolicy.OFF);

    assertThat(vm.shownProperty().get()).isFalse();
    assertThat(feed.server.getRequestCount()).isZero();
  }

  @Test
  void dismissingHidesTheNotice() throws Exception {
    check("0.1.0", UpdatePolicy.NOTIFY);

    vm.dismiss();

    assertThat(vm.shownProperty().get()).isFalse();
    vm.download();
    assertThat(opened).isEmpty();
  }
}
