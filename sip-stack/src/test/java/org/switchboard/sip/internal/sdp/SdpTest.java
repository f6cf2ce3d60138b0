package org.switchboard.sip.internal.sdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchboard.core.media.AudioCodec;
import org.switchboard.core.media.MediaDirection;
import org.switchboard.core.media.MediaEndpoint;

class SdpTest {
  private static final AudioCodec PCMA = new AudioCodec("PCMA", 8000, 8);

  private static String offer(String direction, String formats, String... extraLines) {
    StringBuilder b =
        new StringBuilder(
            "v=0\r\no=- 1 1 IN IP4 192.0.2.7\r\ns=-\r\nc=IN IP4 192.0.2.7\r\nt=0 0\r\n"
                + "m=audio 40000 RTP/AVP "
                + formats
                + "\r\n");
    for (String line : extraLines) {
      b.append(line).append("\r\n");
    }
    if (!direction.isEmpty()) {
      b.append("a=").append(direction).append("\r\n");
    }
    return b.toString();
  }

  @Test
  void writesAnOfferThatReadsBackTheSame() throws Exception {
    String sdp =
        SdpWriter.write(
            new LocalMedia(
                new MediaEndpoint("127.0.0.1", 32000),
                OfferAnswer.offerCodecs(List.of(PCMA)),
                MediaDirection.SENDONLY,
                42,
                3));

    assertThat(sdp)
        .contains("m=audio 32000 RTP/AVP 8 0 101")
        .contains("a=rtpmap:101 telephone-event/8000")
        .contains("a=fmtp:101 0-16")
        .contains("a=sendonly")
        .contains("o=switchboard 42 3 IN IP4 127.0.0.1");
    RemoteMedia read = SdpReader.read(sdp);
    assertThat(read.endpoint()).isEqualTo(new MediaEndpoint("127.0.0.1", 32000));
    assertThat(read.codecs()).containsExactly(PCMA, AudioCodec.PCMU);
    assertThat(read.telephoneEvent()).isEqualTo(AudioCodec.TELEPHONE_EVENT);
    assertThat(read.direction()).isEqualTo(MediaDirection.SENDONLY);
  }

  @Test
  void offersPcmuAndTelephoneEventEvenWhenTheSessionListsNeither() {
    assertThat(OfferAnswer.offerCodecs(List.of(PCMA)))
        .containsExactly(PCMA, AudioCodec.PCMU, AudioCodec.TELEPHONE_EVENT);
    assertThat(OfferAnswer.offerCodecs(List.of(AudioCodec.TELEPHONE_EVENT, AudioCodec.PCMU)))
        .containsExactly(AudioCodec.TELEPHONE_EVENT, AudioCodec.PCMU);
  }

  @Test
  void picksTheFirstOfferedCodecWeSupportKeepingTheOfferersPayloadNumber() throws Exception {
    RemoteMedia offer =
        SdpReader.read(
            offer("", "9 8 0 96", "a=rtpmap:96 telephone-event/8000", "a=rtpmap:8 PCMA/8000"));

    OfferAnswer.Answer answer =
        OfferAnswer.answer(
            offer, List.of(AudioCodec.PCMU, PCMA, AudioCodec.TELEPHONE_EVENT), false);

    assertThat(answer.media().codec()).isEqualTo(PCMA);
    assertThat(answer.media().telephoneEvent())
        .isEqualTo(new AudioCodec("telephone-event", 8000, 96));
    assertThat(answer.formats()).extracting(AudioCodec::payloadType).containsExactly(8, 96);
    assertThat(answer.media().remote()).isEqualTo(new MediaEndpoint("192.0.2.7", 40000));
    assertThat(answer.direction()).isEqualTo(MediaDirection.SENDRECV);
  }

  @Test
  void acceptsTelephoneEventOnlyWhenTheSessionCanSendIt() throws Exception {
    RemoteMedia offer = SdpReader.read(offer("", "0 101", "a=rtpmap:101 telephone-event/8000"));

    assertThat(OfferAnswer.answer(offer, List.of(AudioCodec.PCMU), false).media().telephoneEvent())
        .isNull();
  }

  @Test
  void noCommonCodecIsUnusableSoTheInviteGets488() throws Exception {
    RemoteMedia offer = SdpReader.read(offer("", "9 18"));

    assertThatThrownBy(() -> OfferAnswer.answer(offer, List.of(AudioCodec.PCMU), false))
        .isInstanceOf(UnusableSdpException.class)
        .hasMessage("no common audio codec");
  }

  @Test
  void answersAPeersHoldWithRecvonlyOrInactive() throws Exception {
    RemoteMedia sendonly = SdpReader.read(offer("sendonly", "0"));
    RemoteMedia inactive = SdpReader.read(offer("inactive", "0"));

    assertThat(sendonly.holds()).isTrue();
    assertThat(OfferAnswer.answer(sendonly, List.of(), false).direction())
        .isEqualTo(MediaDirection.RECVONLY);
    assertThat(OfferAnswer.answer(inactive, List.of(), false).direction())
        .isEqualTo(MediaDirection.INACTIVE);
    assertThat(SdpReader.read(offer("sendrecv", "0")).holds()).isFalse();
  }

  @Test
  void treatsTheRfc2543HoldAddressAsHold() throws Exception {
    RemoteMedia offer =
        SdpReader.read(offer("", "0").replace("c=IN IP4 192.0.2.7", "c=IN IP4 0.0.0.0"));

    assertThat(offer.holds()).isTrue();
    assertThat(OfferAnswer.answer(offer, List.of(), false).direction())
        .isEqualTo(MediaDirection.RECVONLY);
  }

  @Test
  void whileWeHoldOurAnswerOnlySends() throws Exception {
    RemoteMedia offer = SdpReader.read(offer("sendrecv", "0"));

    assertThat(OfferAnswer.answer(offer, List.of(), true).direction())
        .isEqualTo(MediaDirection.SENDONLY);
  }

  @Test
  void ourHoldOfferAnsweredRecvonlyLeavesUsSendingOnly() throws Exception {
    RemoteMedia answer = SdpReader.read(offer("recvonly", "0"));

    var media =
        OfferAnswer.accept(answer, OfferAnswer.offerCodecs(List.of()), MediaDirection.SENDONLY);

    assertThat(media.direction()).isEqualTo(MediaDirection.SENDONLY);
    assertThat(media.codec()).isEqualTo(AudioCodec.PCMU);
  }

  @Test
  void anAnswerWithACodecWeNeverOfferedIsUnusable() throws Exception {
    RemoteMedia answer = SdpReader.read(offer("", "8"));

    assertThatThrownBy(
            () -> OfferAnswer.accept(answer, List.of(AudioCodec.PCMU), MediaDirection.SENDRECV))
        .isInstanceOf(UnusableSdpException.class);
  }

  @Test
  void garbageAndStreamlessBodiesAreUnusableNotExceptions() {
    for (String body :
        List.of(
            "",
            "hello",
            "v=0\r\no=- 1 1 IN IP4 1.2.3.4\r\ns=-\r\nt=0 0\r\n",
            offer("", "0").replace("m=audio 40000", "m=audio 0"),
            offer("", "0").replace("c=IN IP4 192.0.2.7\r\n", ""),
            offer("", "0").replace("40000", "99999999"))) {
      assertThatThrownBy(() -> SdpReader.read(body)).isInstanceOf(UnusableSdpException.class);
    }
  }

  @Test
  void intersectsDirections() {
    assertThat(OfferAnswer.intersect(MediaDirection.SENDONLY, MediaDirection.RECVONLY))
        .isEqualTo(MediaDirection.INACTIVE);
    assertThat(OfferAnswer.intersect(MediaDirection.SENDRECV, MediaDirection.SENDONLY))
        .isEqualTo(MediaDirection.SENDONLY);
  }
}
