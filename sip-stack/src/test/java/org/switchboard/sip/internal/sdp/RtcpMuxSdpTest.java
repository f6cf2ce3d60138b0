package org.switchboard.sip.internal.sdp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchboard.core.media.AudioCodec;
import org.switchboard.core.media.MediaDirection;
import org.switchboard.core.media.MediaEndpoint;
import org.switchboard.core.media.NegotiatedMedia;

/** RTCP multiplexing (RFC 5761) in our SDP and in each offer/answer combination. */
class RtcpMuxSdpTest {
  private static final List<AudioCodec> SESSION = List.of(AudioCodec.PCMU);

  private static String peerSdp(String... attributes) {
    StringBuilder b =
        new StringBuilder(
            "v=0\r\no=- 1 1 IN IP4 192.0.2.7\r\ns=-\r\nc=IN IP4 192.0.2.7\r\nt=0 0\r\n"
                + "m=audio 40000 RTP/AVP 0\r\n");
    for (String a : attributes) {
      b.append("a=").append(a).append("\r\n");
    }
    return b.toString();
  }

  private static String ours(boolean rtcpMux) {
    return SdpWriter.write(
        new LocalMedia(
            new MediaEndpoint("127.0.0.1", 32000),
            OfferAnswer.offerCodecs(SESSION),
            MediaDirection.SENDRECV,
            7,
            1,
            SdpSecurity.PLAIN,
            rtcpMux));
  }

  @Test
  void ourSdpStatesRtcpMuxOnlyWhenAskedAndReadsBackTheSame() throws Exception {
    assertThat(ours(true)).contains("a=rtcp-mux\r\n");
    assertThat(SdpReader.read(ours(true)).rtcpMux()).isTrue();
    assertThat(ours(false)).doesNotContain("rtcp-mux");
    assertThat(SdpReader.read(ours(false)).rtcpMux()).isFalse();
  }

  @Test
  void readsThePeersRtcpMuxAttributeWhateverItsCase() throws Exception {
    assertThat(SdpReader.read(peerSdp("RTCP-MUX", "sendrecv")).rtcpMux()).isTrue();
    assertThat(SdpReader.read(peerSdp("rtcp:40001", "sendrecv")).rtcpMux()).isFalse();
  }

  @Test
  void anOfferWithRtcpMuxIsAnsweredWithIt() throws Exception {
    OfferAnswer.Answer answer =
        OfferAnswer.answer(SdpReader.read(peerSdp("rtcp-mux")), SESSION, false);

    assertThat(answer.media().rtcpMux()).isTrue();
  }

  @Test
  void anOfferWithoutRtcpMuxIsAnsweredWithout() throws Exception {
    OfferAnswer.Answer answer = OfferAnswer.answer(SdpReader.read(peerSdp()), SESSION, false);

    assertThat(answer.media().rtcpMux()).isFalse();
  }

  @Test
  void anAnswerRepeatingRtcpMuxMultiplexes() throws Exception {
    NegotiatedMedia media =
        OfferAnswer.accept(
            SdpReader.read(peerSdp("rtcp-mux")),
            OfferAnswer.offerCodecs(SESSION),
            MediaDirection.SENDRECV);

    assertThat(media.rtcpMux()).isTrue();
  }

  @Test
  void anAnswerWithoutRtcpMuxKeepsRtcpOnItsOwnPort() throws Exception {
    NegotiatedMedia media =
        OfferAnswer.accept(
            SdpReader.read(peerSdp()), OfferAnswer.offerCodecs(SESSION), MediaDirection.SENDRECV);

    assertThat(media.rtcpMux()).isFalse();
  }

  @Test
  void existingConstructorsMeanNoMultiplexing() {
    NegotiatedMedia media =
        new NegotiatedMedia(
            new MediaEndpoint("192.0.2.7", 40000), AudioCodec.PCMU, null, MediaDirection.SENDRECV);
    assertThat(media.rtcpMux()).isFalse();
  }
}
