/**
 * The contact centre's state machine around the {@link
 * org.switchboard.queue.service.routing.Router}: agents (presence and routing state), interactions
 * (waiting, offered, connected, held, wrapped up, transferred), offers and their expiry, and the
 * events the API streams. {@link org.switchboard.queue.service.centre.ContactCentre} is the one
 * entry point; everything in it runs on the centre's serial executor (docs/threading.md).
 */
@NullMarked
package org.switchboard.queue.service.centre;

import org.jspecify.annotations.NullMarked;
