package org.switchboard.sip;

import java.util.concurrent.TimeUnit;
import org.switchboard.core.account.SipAccount;
import org.switchboard.core.account.SipAccountOptions;
import org.switchboard.core.account.SipTransport;
import org.switchboard.sip.internal.transport.SipTimings;
import org.switchboard.testkit.Lab;

/** One lab agent with its fake media and event recorder; closing closes all three. */
final class AgentRig implements AutoCloseable {
  final SipUserAgent agent;
  final FakeMediaEngine media;
  final EventRecorder events;

  private AgentRig(SipUserAgent agent, FakeMediaEngine media) {
    this.agent = agent;
    this.media = media;
    this.events = EventRecorder.on(agent);
  }

  /**
   * Starts an agent for lab {@code user} on UDP {@code port}, registered, its old bindings gone.
   */
  static AgentRig registered(Lab lab, String user, int port, FakeMediaEngine media)
      throws Exception {
    return registered(lab, user, port, media, SipAccountOptions.defaults());
  }

  /** Like {@link #registered(Lab, String, int, FakeMediaEngine)} with other account options. */
  static AgentRig registered(
      Lab lab, String user, int port, FakeMediaEngine media, SipAccountOptions options)
      throws Exception {
    return registered(
        lab, LabAgents.account(lab, user, SipTransport.UDP).withOptions(options), port, media);
  }

  /** Like {@link #registered(Lab, String, int, FakeMediaEngine)} for a lab account of one's own. */
  static AgentRig registered(Lab lab, SipAccount account, int port, FakeMediaEngine media)
      throws Exception {
    lab.kamailio().clearBindings(account.user());
    AgentRig rig = new AgentRig(LabAgents.start(account, port, media), media);
    try {
      rig.agent.register().get(10, TimeUnit.SECONDS);
    } catch (Exception | AssertionError e) {
      rig.close();
      throw e;
    }
    return rig;
  }

  /** Starts an agent for {@code account} on UDP {@code port}, not registered (any registrar). */
  static AgentRig started(SipAccount account, int port, FakeMediaEngine media) throws Exception {
    return new AgentRig(LabAgents.start(account, port, media), media);
  }

  /**
   * Starts an agent for {@code account} (a lab user) on UDP {@code port} with {@code timings},
   * registered, its old bindings gone.
   */
  static AgentRig registered(
      Lab lab, SipAccount account, int port, SipTimings timings, FakeMediaEngine media)
      throws Exception {
    lab.kamailio().clearBindings(account.user());
    AgentRig rig =
        new AgentRig(
            SipUserAgent.start(
                account,
                new SipListenSettings(account.registrarHost(), port, account.transport()),
                media,
                timings),
            media);
    try {
      rig.agent.register().get(10, TimeUnit.SECONDS);
    } catch (Exception | AssertionError e) {
      rig.close();
      throw e;
    }
    return rig;
  }

  @Override
  public void close() {
    agent.close();
    media.close();
  }
}
