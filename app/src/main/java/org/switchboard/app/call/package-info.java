/**
 * The calls the agent has: the shared {@link org.switchboard.app.call.CallsModel} every screen
 * reads (call panel, incoming-call notification, wrap-up, history), and the call panel itself.
 */
@NullMarked
package org.switchboard.app.call;

import org.jspecify.annotations.NullMarked;
