/**
 * Switchboard's domain (agent): the agent's session with the contact centre — presence, routing
 * state, offers, queue figures, wrap-up policy and transfer targets. Types and ports, plus {@link
 * org.switchboard.core.agent.StandaloneAgentSession} for a desktop working without a queue service.
 */
@NullMarked
package org.switchboard.core.agent;

import org.jspecify.annotations.NullMarked;
