package org.switchboard.app.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.switchboard.app.links.InvalidDialLinkException.Problem;

class DialLinkTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "tel:+49-30-1234567|+49301234567",
        "TEL:+1.201.555.0123|+12015550123",
        "tel:+1 (201) 555-0123|+12015550123",
        "tel:%2B49%2030%201234567|+49301234567",
        "tel://+4930123456|+4930123456",
        "tel:0301234567|0301234567",
        "tel:7042;phone-context=example.com|7042",
        "tel:863-1234;phone-context=+1-914-555|+19145558631234",
        "tel:+49-30-1234567;ext=22;isub=1|+49301234567",
        "tel:*21#|*21#",
        "tel:\u200E+49 30 1234567\u200F|+49301234567",
        "tel:۰۹۱۲ ۱۲۳ ۴۵۶۷|09121234567",
        "  tel:+4930123456  |+4930123456",
      })
  void telLinksGiveTheNumber(String link, String number) {
    DialLink parsed = DialLink.parse(link);

    assertThat(parsed.scheme()).isEqualTo(DialLink.Scheme.TEL);
    assertThat(parsed.target()).isEqualTo(number);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "sip:alice@example.com|SIP|sip:alice@example.com",
        "SIP:1001@pbx.example.com:5061;transport=tls|SIP|sip:1001@pbx.example.com:5061;transport=tls",
        "sips:bob@[2001:db8::1]|SIPS|sips:bob@[2001:db8::1]",
        "sip:%2B4930123456@gw.example.com;user=phone|SIP|sip:%2B4930123456@gw.example.com;user=phone",
        "sip:+4930123456@192.0.2.10|SIP|sip:+4930123456@192.0.2.10",
      })
  void sipLinksKeepTheAddress(String link, DialLink.Scheme scheme, String target) {
    DialLink parsed = DialLink.parse(link);

    assertThat(parsed.scheme()).isEqualTo(scheme);
    assertThat(parsed.target()).isEqualTo(target);
    assertThat(DialLink.parse(parsed.asText())).isEqualTo(parsed);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "http://example.com/|UNSUPPORTED",
        "javascript:alert(1)|UNSUPPORTED",
        "file:///etc/passwd|UNSUPPORTED",
        "data:text/html,<script>alert(1)</script>|UNSUPPORTED",
        "\u202Etel:+4930123456|UNSUPPORTED",
        "skype:alice?call|UNSUPPORTED",
        "callto:alice|BAD_NUMBER",
        "callto:|BAD_NUMBER",
        "callto://alice@example.com?Subject=x|HEADERS",
        "callto:+4930%0AVia: evil|BAD_CHARACTERS",
        "sip:alice\u202E@example.com|BAD_CHARACTERS",
        "sips:\u200Ebob@example.com|BAD_CHARACTERS",
        "sip:bob@exa\u200Bmple.com|BAD_CHARACTERS",
        "+4930123456|UNSUPPORTED",
        "tel:|BAD_NUMBER",
        "tel:call-me|BAD_NUMBER",
        "tel:+12|BAD_NUMBER",
        "tel:+1234567890123456|BAD_NUMBER",
        "tel:12%3|BAD_NUMBER",
        "tel:1234;phone-context=not a domain!|BAD_NUMBER",
        "tel:+4930%0D%0AVia: evil|BAD_CHARACTERS",
        "sip:alice@example.com?Subject=hello|HEADERS",
        "sip:alice:secret@example.com|HEADERS",
        "sip:example.com|BAD_ADDRESS",
        "sip:alice@|BAD_ADDRESS",
        "sip:alice@bob@example.com|BAD_ADDRESS",
        "sip:alice@example.com:99999|BAD_ADDRESS",
        "sip:alice@exa_mple.com|BAD_ADDRESS",
        "sip:<alice>@example.com|BAD_ADDRESS",
        "sip:alice@example.com;lr;;x|BAD_ADDRESS",
        "sip:a%00b@example.com|BAD_CHARACTERS",
        "sip:a b@example.com|BAD_CHARACTERS",
      })
  void anythingElseIsRefusedNamingTheProblem(String link, Problem problem) {
    assertThatThrownBy(() -> DialLink.parse(link))
        .isInstanceOfSatisfying(
            InvalidDialLinkException.class, e -> assertThat(e.problem()).isEqualTo(problem));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "callto:+15551234567|TEL|tel:+15551234567",
        "callto://+15551234567|TEL|tel:+15551234567",
        "callto://+1 (555) 123-4567/|TEL|tel:+15551234567",
        "CALLTO:2002|TEL|tel:2002",
        "callto:2001@example.com|SIP|sip:2001@example.com",
        "callto://alice@pbx.example.com:5061/|SIP|sip:alice@pbx.example.com:5061",
      })
  void calltoLinksAreReadAsTelOrSip(String link, DialLink.Scheme scheme, String asText) {
    DialLink parsed = DialLink.parse(link);

    assertThat(parsed.scheme()).isEqualTo(scheme);
    assertThat(parsed.asText()).isEqualTo(asText);
    assertThat(DialLink.schemeOf(link)).contains(scheme);
    assertThat(DialLink.parse(parsed.asText())).isEqualTo(parsed);
  }

  @Test
  void aSipsLinkStaysSecure() {
    DialLink secure = DialLink.parse("SIPS:2001@example.com;transport=tls");

    assertThat(secure.scheme()).isEqualTo(DialLink.Scheme.SIPS);
    assertThat(secure.target()).isEqualTo("sips:2001@example.com;transport=tls");
    assertThat(secure.asText()).startsWith("sips:");
    assertThat(DialLink.parse(secure.asText()).scheme()).isEqualTo(DialLink.Scheme.SIPS);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "javascript:alert(1)|only tel:, callto:, sip: and sips: links can be dialled",
        "file:///etc/passwd|only tel:, callto:, sip: and sips: links can be dialled",
        "sip:alice%0D%0A@example.com|the link contains control characters, invisible marks or"
            + " spaces",
      })
  void programArgumentsThatAreOtherUrisAreRefusedWithAClearMessage(String argument, String why) {
    assertThatThrownBy(() -> DialLink.fromArguments(List.of("--verbose", argument)))
        .isInstanceOf(InvalidDialLinkException.class)
        .hasMessage(why);
  }

  @Test
  void optionsAndFilePathsAmongTheArgumentsAreNotLinks() {
    assertThat(DialLink.fromArguments(List.of("--smoke-test", "C:\\reports\\smoke.json")))
        .isEmpty();
    assertThat(DialLink.fromArguments(List.of("/tmp/report.json", "-psn_0_12345"))).isEmpty();
    assertThat(DialLink.fromArguments(List.of("/tmp/a.json", "callto:+15551234567")))
        .contains(new DialLink(DialLink.Scheme.TEL, "+15551234567"));
  }

  @Test
  void controlCharactersEverywhereAreRefused() {
    for (String link :
        List.of(
            "tel:+4930\u0000123456",
            "callto:+4930\u0007123456",
            "sip:alice\u0085@example.com",
            "sip:alice\u2028@example.com",
            "tel:+4930123456\u001B[31m")) {
      assertThatThrownBy(() -> DialLink.parse(link))
          .as(link)
          .isInstanceOf(InvalidDialLinkException.class);
    }
  }

  @Test
  void aVeryLongCalltoLinkIsRefusedBeforeBeingRead() {
    assertThatThrownBy(() -> DialLink.parse("callto:" + "a".repeat(100_000) + "@example.com"))
        .isInstanceOfSatisfying(
            InvalidDialLinkException.class,
            e -> assertThat(e.problem()).isEqualTo(Problem.TOO_LONG));
  }

  @Test
  void controlCharactersAndEmptyLinksAreRefused() {
    assertThatThrownBy(() -> DialLink.parse("sip:alice@example.com\r\nVia: x"))
        .isInstanceOfSatisfying(
            InvalidDialLinkException.class,
            e -> assertThat(e.problem()).isEqualTo(Problem.BAD_CHARACTERS));
    assertThatThrownBy(() -> DialLink.parse("   "))
        .isInstanceOfSatisfying(
            InvalidDialLinkException.class, e -> assertThat(e.problem()).isEqualTo(Problem.EMPTY));
  }

  @Test
  void overlongLinksAreRefusedBeforeBeingRead() {
    String longLink = "tel:+49" + "1".repeat(DialLink.MAX_LENGTH);

    assertThatThrownBy(() -> DialLink.parse(longLink))
        .isInstanceOfSatisfying(
            InvalidDialLinkException.class,
            e -> assertThat(e.problem()).isEqualTo(Problem.TOO_LONG));
  }

  @Test
  void aHostileHostNameFailsQuickly() {
    String link = "sip:a@" + "a".repeat(400) + "!";

    long start = System.nanoTime();
    assertThatThrownBy(() -> DialLink.parse(link)).isInstanceOf(InvalidDialLinkException.class);
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1000);
  }

  @Test
  void messagesNeverRepeatTheLink() {
    assertThatThrownBy(() -> DialLink.parse("sip:alice:hunter2@example.com"))
        .hasMessageNotContaining("hunter2")
        .hasMessageContaining("password");
    assertThatThrownBy(() -> DialLink.parse("ftp://files.example.com"))
        .hasMessage("only tel:, callto:, sip: and sips: links can be dialled");
  }

  @Test
  void toStringMasksTheNumberAndTheSipUser() {
    assertThat(DialLink.parse("tel:+4930123456").toString()).doesNotContain("30123456");
    assertThat(DialLink.parse("sip:alice@example.com").toString())
        .doesNotContain("alice")
        .contains("example.com");
  }

  @Test
  void theLinkAmongProgramArgumentsIsFound() {
    assertThat(DialLink.fromArguments(List.of("--verbose", "tel:+4930123456")))
        .contains(new DialLink(DialLink.Scheme.TEL, "+4930123456"));
    assertThat(DialLink.fromArguments(List.of("--verbose"))).isEmpty();
    assertThatThrownBy(() -> DialLink.fromArguments(List.of("sip:nobody")))
        .isInstanceOf(InvalidDialLinkException.class);
  }
}
