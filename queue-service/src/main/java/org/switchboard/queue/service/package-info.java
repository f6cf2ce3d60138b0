/**
 * The central ACD (issue 7). Built so far: {@code routing}, the decisions of which waiting call
 * goes to which agent; the SIP front end, IVR, protocol and store follow.
 */
@NullMarked
package org.switchboard.queue.service;

import org.jspecify.annotations.NullMarked;
