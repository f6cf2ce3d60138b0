/**
 * The agent's status bar at the top of the main window: account registration, presence (with the
 * menu to change it and a presence queued for after the call), routing state with its timer, and
 * the queue figures the agent may see. {@link org.switchboard.app.agent.AgentStatusViewModel}
 * decides, {@link org.switchboard.app.agent.AgentStatusView} binds.
 */
@NullMarked
package org.switchboard.app.agent;

import org.jspecify.annotations.NullMarked;
