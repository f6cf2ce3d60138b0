package org.switchboard.crm.internal.oauth;

import org.jspecify.annotations.Nullable;
import org.switchboard.crm.OAuthSignIn.PageText;

/** The small page the browser shows after the redirect, telling the user to close the tab. */
final class CallbackPage {
  private CallbackPage() {}

  /**
   * Renders the page. Everything placed in it is escaped: the texts come from translations, and
   * {@code detail} (an error code) from the browser's address bar, which anyone can write.
   */
  static String render(PageText text, boolean signedIn, @Nullable String detail) {
    String title = escape(signedIn ? text.signedInTitle() : text.failedTitle());
    String message = escape(signedIn ? text.signedInMessage() : text.failedMessage());
    String extra = detail == null ? "" : "\n<p><code>" + escape(detail) + "</code></p>";
    return "<!DOCTYPE html>\n<html lang=\""
        + escape(text.languageTag())
        + "\">\n<head><meta charset=\"utf-8\"><title>"
        + title
        + "</title></head>\n<body style=\"font-family: sans-serif; margin: 3em\">\n<h1>"
        + title
        + "</h1>\n<p>"
        + message
        + "</p>"
        + extra
        + "\n</body>\n</html>\n";
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '"':
          out.append("&quot;");
          break;
        case '\'':
          out.append("&#39;");
          break;
        default:
          out.append(c);
      }
    }
    return out.toString();
  }
}
