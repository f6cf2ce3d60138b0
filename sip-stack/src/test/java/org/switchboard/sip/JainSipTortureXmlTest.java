package org.switchboard.sip;

import static org.assertj.core.api.Assertions.assertThat;

import gov.nist.javax.sip.parser.ParseExceptionListener;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.switchboard.sip.internal.log.JainSipLogging;
import org.switchboard.sip.internal.ua.StrictMessageParser;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * JAIN-SIP's own parser torture file ({@code jain-sip-nist/torture.xml}, 374 whole messages) run
 * through the parser the agent uses: a case that expects a parse-exception callback must get one
 * (or fail to parse), every other case must parse cleanly. Messages are XML text with LF line ends;
 * they are turned into CRLF as on the wire.
 */
class JainSipTortureXmlTest {
  /**
   * Cases where today's parser (and the agent) differ from the file, which dates from an older
   * JAIN-SIP and an RFC 4475 draft, each with who handles the message instead. The outcome is
   * pinned the other way round, so a change in either direction is noticed.
   */
  private static final Map<Integer, String> DIFFERS =
      Map.ofEntries(
          Map.entry(4, "extra SP in the Request-Line: tolerated, as RFC 4475 3.1.2.9 allows"),
          Map.entry(6, "headers in the Request-URI: ignored, as RFC 4475 3.1.2.11 allows"),
          Map.entry(7, "unknown URI scheme: parses, RequestScreen answers 416"),
          Map.entry(24, "unknown method: parses, RequestScreen answers 405"),
          Map.entry(61, "SIP/02.00: parses; the top Via says SIP/2.0, so it is handled"),
          Map.entry(92, "ACK with CSeq INVITE: valid since RFC 3261"),
          Map.entry(353, "wide range of valid characters: valid per RFC 4475 3.1.1.2"),
          Map.entry(359, "the XML copy lost the blank line: duplicate headers, rejected (400)"),
          Map.entry(373, "multiple SP in the Request-Line: tolerated (RFC 4475 3.1.2.9)"),
          Map.entry(375, "escaped headers in the Request-URI: ignored (RFC 4475 3.1.2.11)"),
          Map.entry(377, "unbracketed URI with headers: RequestScreen answers 400"),
          Map.entry(378, "spaces in addr-spec: tolerated (RFC 4475 3.1.2.14)"),
          Map.entry(380, "SIP/7.0: RequestScreen answers 505 from the top Via"),
          Map.entry(381, "CSeq method mismatch: JAIN-SIP's transaction layer answers 400"),
          Map.entry(382, "unknown method, CSeq mismatch: JAIN-SIP answers 400"),
          Map.entry(385, "missing Call-ID/From/To: JAIN-SIP drops it (nothing to answer with)"),
          Map.entry(392, "duplicate single headers: StrictMessageParser rejects it (400)"));

  record XmlCase(int index, String description, String message, boolean expectsError) {}

  @BeforeAll
  static void logging() {
    JainSipLogging.install();
  }

  @TestFactory
  Stream<DynamicTest> jainSipsOwnTortureMessagesParseOrFailAsTheFileSays() throws Exception {
    List<XmlCase> cases = cases();
    assertThat(cases).hasSize(374);
    return cases.stream()
        .map(c -> DynamicTest.dynamicTest(c.index() + ": " + c.description(), () -> check(c)));
  }

  private static void check(XmlCase c) {
    List<String> callbacks = new ArrayList<>();
    ParseExceptionListener recorder =
        (error, message, headerClass, header, text) -> callbacks.add(String.valueOf(header));
    boolean failed = false;
    try {
      byte[] wire =
          c.message().replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
      new StrictMessageParser().parseSIPMessage(wire, true, false, recorder);
    } catch (ParseException e) {
      failed = true;
    }
    boolean complained = failed || !callbacks.isEmpty();
    boolean expected = DIFFERS.containsKey(c.index()) != c.expectsError();
    assertThat(complained)
        .as(
            "case %d (%s): parse failed=%s, callbacks=%s; %s",
            c.index(),
            c.description(),
            failed,
            callbacks,
            DIFFERS.getOrDefault(c.index(), "as the file says"))
        .isEqualTo(expected);
  }

  static List<XmlCase> cases() throws Exception {
    Path file = TortureCorpus.directory().resolve("sip-torture/jain-sip-nist/torture.xml");
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    NodeList testcases =
        factory.newDocumentBuilder().parse(file.toFile()).getElementsByTagName("testcase");
    List<XmlCase> cases = new ArrayList<>();
    for (int i = 0; i < testcases.getLength(); i++) {
      Element testcase = (Element) testcases.item(i);
      NodeList message = testcase.getElementsByTagName("message");
      if (message.getLength() == 0) {
        continue; // the header and URL cases test other parser entry points
      }
      NodeList description = testcase.getElementsByTagName("description");
      String what =
          description.getLength() == 0
              ? "(no description)"
              : description.item(0).getTextContent().strip().lines().findFirst().orElse("");
      cases.add(
          new XmlCase(
              i + 1,
              what.length() > 80 ? what.substring(0, 80) : what,
              message.item(0).getTextContent().stripLeading(),
              testcase.getElementsByTagName("expect-exception-callback").getLength() > 0));
    }
    return cases;
  }
}
