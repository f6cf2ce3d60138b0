package org.switchboard.sip.internal.sdp;

import java.util.List;
import java.util.Locale;
import java.util.Vector;
import javax.sdp.Attribute;
import javax.sdp.MediaDescription;
import javax.sdp.SdpException;
import javax.sdp.SdpFactory;
import javax.sdp.SessionDescription;
import javax.sdp.TimeDescription;
import org.switchboard.core.media.AudioCodec;
import org.switchboard.core.media.DtlsFingerprint;
import org.switchboard.core.media.MediaDirection;
import org.switchboard.core.media.SdesCrypto;
import org.switchboard.sip.internal.log.JainSipLogging;

/** Writes our SDP (offer or answer) with JAIN-SIP's {@code javax.sdp}. Pure; any thread. */
@SuppressWarnings("JdkObsolete") // javax.sdp speaks Vector
public final class SdpWriter {
  private static final int PTIME_MS = 20;

  private SdpWriter() {}

  /** The SDP text for {@code local}. */
  public static String write(LocalMedia local) {
    JainSipLogging.install();
    SdpFactory sdp = SdpFactory.getInstance();
    String address = local.endpoint().address();
    String addressType = address.contains(":") ? "IP6" : "IP4";
    try {
      SessionDescription session = new gov.nist.javax.sdp.SessionDescriptionImpl();
      session.setVersion(sdp.createVersion(0));
      session.setOrigin(
          sdp.createOrigin(
              "switchboard",
              local.sessionId(),
              local.sessionVersion(),
              "IN",
              addressType,
              address));
      session.setSessionName(sdp.createSessionName("Switchboard"));
      session.setConnection(sdp.createConnection("IN", addressType, address));
      Vector<TimeDescription> times = new Vector<>();
      times.add(sdp.createTimeDescription());
      session.setTimeDescriptions(times);
      Vector<MediaDescription> media = new Vector<>();
      media.add(audio(sdp, local));
      session.setMediaDescriptions(media);
      return session.toString();
    } catch (SdpException e) {
      throw new IllegalStateException("cannot write our own SDP", e);
    }
  }

  private static MediaDescription audio(SdpFactory sdp, LocalMedia local) throws SdpException {
    List<AudioCodec> codecs = local.codecs();
    int[] formats = codecs.stream().mapToInt(AudioCodec::payloadType).toArray();
    MediaDescription audio =
        sdp.createMediaDescription(
            "audio", local.endpoint().port(), 1, local.security().profile(), formats);
    Vector<Attribute> attributes = new Vector<>();
    for (AudioCodec codec : codecs) {
      attributes.add(
          sdp.createAttribute(
              "rtpmap",
              codec.payloadType()
                  + " "
                  + codec.encodingName()
                  + "/"
                  + codec.clockRate()
                  + (codec.sameFormat(AudioCodec.OPUS) ? "/2" : "")));
      if (codec.sameFormat(AudioCodec.OPUS)) {
        // RFC 7587 §7: Opus is always announced as two channels; we send mono, with FEC.
        attributes.add(
            sdp.createAttribute("fmtp", codec.payloadType() + " useinbandfec=1; stereo=0"));
      }
      if (codec.sameFormat(AudioCodec.TELEPHONE_EVENT)) {
        attributes.add(sdp.createAttribute("fmtp", codec.payloadType() + " 0-16"));
      }
    }
    attributes.add(sdp.createAttribute("ptime", Integer.toString(PTIME_MS)));
    attributes.add(sdp.createAttribute(directionName(local.direction()), null));
    if (local.rtcpMux()) {
      attributes.add(sdp.createAttribute("rtcp-mux", null));
    }
    addSecurity(sdp, local.security(), attributes);
    audio.setAttributes(attributes);
    return audio;
  }

  private static void addSecurity(SdpFactory sdp, SdpSecurity security, Vector<Attribute> to) {
    for (SdesCrypto crypto : security.crypto()) {
      to.add(sdp.createAttribute("crypto", crypto.attributeValue()));
    }
    DtlsFingerprint fingerprint = security.fingerprint();
    if (fingerprint != null) {
      to.add(sdp.createAttribute("fingerprint", fingerprint.attributeValue()));
    }
    DtlsSetup setup = security.setup();
    if (setup != null) {
      to.add(sdp.createAttribute("setup", setup.attributeValue()));
    }
  }

  /** The SDP attribute name of {@code direction}, e.g. {@code sendonly}. */
  public static String directionName(MediaDirection direction) {
    return direction.name().toLowerCase(Locale.ROOT);
  }
}
