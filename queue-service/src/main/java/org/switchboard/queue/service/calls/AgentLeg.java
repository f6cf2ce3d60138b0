package org.switchboard.queue.service.calls;

import org.switchboard.core.call.CallId;

/**
 * The service's call to an agent's desktop for one offer.
 *
 * @param call the SIP call
 * @param offer the offer it carries
 * @param agent the agent called
 * @param interaction the customer's interaction
 * @param consult whether it is the target of a consult transfer
 */
record AgentLeg(CallId call, String offer, String agent, String interaction, boolean consult) {}
