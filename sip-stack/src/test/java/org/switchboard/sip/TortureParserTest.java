package org.switchboard.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.nist.javax.sip.header.CSeq;
import gov.nist.javax.sip.header.CallID;
import gov.nist.javax.sip.header.ContentLength;
import gov.nist.javax.sip.header.From;
import gov.nist.javax.sip.header.RequestLine;
import gov.nist.javax.sip.header.StatusLine;
import gov.nist.javax.sip.header.To;
import gov.nist.javax.sip.header.Via;
import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.parser.ParseExceptionListener;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.switchboard.sip.internal.log.JainSipLogging;
import org.switchboard.sip.internal.ua.StrictMessageParser;

/**
 * Every torture corpus message through the parser the agent uses (JAIN-SIP's, behind {@link
 * StrictMessageParser}), with the header policy of JAIN-SIP's UDP channel: a malformed essential
 * header rejects the message, others are skipped. Valid messages parse and survive a round trip;
 * invalid ones are rejected here or, where the parser is liberal, by a later layer named below.
 */
class TortureParserTest {
  /** Invalid messages the parser itself rejects (JAIN-SIP answers them 400 over UDP). */
  private static final Set<String> REJECTED_BY_PARSER =
      Set.of(
          "rfc4475/badinv01.dat",
          "rfc4475/clerr.dat",
          "rfc4475/ncl.dat",
          "rfc4475/scalar02.dat",
          "rfc4475/quotbal.dat",
          "rfc4475/ltgtruri.dat",
          "rfc4475/lwsruri.dat",
          "rfc4475/bigcode.dat",
          "rfc4475/scalarlg.dat",
          "rfc4475/multi01.dat",
          "rfc4475/mcl01.dat",
          "rfc4475/baddn.dat",
          "rfc5118/ipv6-bad");

  /**
   * Invalid messages the parser accepts, and who deals with them: the request screen (regbadct 400,
   * badvers 505), JAIN-SIP's transaction layer (mismatch01/02 400, insuf dropped: nothing to answer
   * with), or tolerance the row allows (lwsstart, trws, escruri, baddate, badaspec; the RFC 5118
   * pair that must be tolerated). {@code TortureMessagesLabTest} asserts each answer.
   */
  private static final Set<String> TOLERATED_BY_PARSER =
      Set.of(
          "rfc4475/regbadct.dat",
          "rfc4475/badvers.dat",
          "rfc4475/mismatch01.dat",
          "rfc4475/mismatch02.dat",
          "rfc4475/insuf.dat",
          "rfc4475/lwsstart.dat",
          "rfc4475/trws.dat",
          "rfc4475/escruri.dat",
          "rfc4475/baddate.dat",
          "rfc4475/badaspec.dat",
          "rfc5118/via-received-param-with-delim",
          "rfc5118/ipv6-bug-abnf-3-colons");

  private static final List<Class<?>> ESSENTIAL =
      List.of(
          From.class,
          To.class,
          CSeq.class,
          Via.class,
          CallID.class,
          ContentLength.class,
          RequestLine.class,
          StatusLine.class);

  /** Like JAIN-SIP's UDP channel: a bad essential header fails the message. */
  private static final ParseExceptionListener LIKE_UDP_CHANNEL =
      (error, message, headerClass, header, text) -> {
        if (ESSENTIAL.contains(headerClass)) {
          throw error;
        }
      };

  @BeforeAll
  static void logging() {
    JainSipLogging.install();
  }

  @TestFactory
  Stream<DynamicTest> everyCorpusMessageIsParsedOrRejectedAsItsRowSays() throws IOException {
    List<TortureCorpus.Case> cases = TortureCorpus.cases();
    assertThat(cases).hasSize(61);
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
  }

  private static void check(TortureCorpus.Case c) throws ParseException {
    if (REJECTED_BY_PARSER.contains(c.name())) {
      assertThat(c.verdict()).isEqualTo("invalid");
      assertThatThrownBy(() -> parse(c.bytes()))
          .as(c.toString())
          .isInstanceOf(ParseException.class);
      return;
    }
    assertThat(c.verdict().equals("valid") || TOLERATED_BY_PARSER.contains(c.name()))
        .as("%s is invalid but not listed as tolerated", c)
        .isTrue();
    SIPMessage message = parse(c.bytes());
    if (c.name().equals("rfc4475/insuf.dat")) {
      assertThat(message.getCallId()).as("insuf.dat has no Call-ID").isNull();
    } else {
      assertThat(message.getCallId()).as(c.toString()).isNotNull();
      SIPMessage again = parse(message.encode().getBytes(StandardCharsets.UTF_8));
      assertThat(again.getFirstLine()).as("round trip of " + c).isEqualTo(message.getFirstLine());
    }
  }

  private static SIPMessage parse(byte[] bytes) throws ParseException {
    return new StrictMessageParser().parseSIPMessage(bytes, true, false, LIKE_UDP_CHANNEL);
  }
}
