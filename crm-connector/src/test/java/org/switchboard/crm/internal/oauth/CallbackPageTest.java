package org.switchboard.crm.internal.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.switchboard.crm.OAuthSignIn.PageText;

class CallbackPageTest {

  @Test
  void successPageShowsTheTranslatedTextAndTellsTheUserToCloseTheTab() {
    String html = CallbackPage.render(PageText.english(), true, null);

    assertThat(html)
        .contains("<html lang=\"en\">", "<title>Signed in</title>", "You can close this tab.")
        .doesNotContain("Sign-in failed");
  }

  @Test
  void translatedTextIsUsedAsGiven() {
    PageText german =
        new PageText(
            "de",
            "Angemeldet",
            "Sie können diesen Tab schließen.",
            "Anmeldung fehlgeschlagen",
            "Bitte erneut versuchen.");

    assertThat(CallbackPage.render(german, false, null))
        .contains("lang=\"de\"", "Anmeldung fehlgeschlagen", "Bitte erneut versuchen.");
  }

  @Test
  void everythingPlacedInThePageIsEscaped() {
    PageText hostile =
        new PageText("en\"><script>", "<b>t</b>", "a & b", "'f'", "<img src=x onerror=alert(1)>");

    String success = CallbackPage.render(hostile, true, null);
    String failure = CallbackPage.render(hostile, false, "<script>alert(\"x\")</script>");

    assertThat(success)
        .doesNotContain("<script>", "<b>")
        .contains("lang=\"en&quot;&gt;&lt;script&gt;\"", "&lt;b&gt;t&lt;/b&gt;", "a &amp; b");
    assertThat(failure)
        .doesNotContain("<script>", "<img")
        .contains(
            "&#39;f&#39;",
            "&lt;img src=x onerror=alert(1)&gt;",
            "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
  }
}
