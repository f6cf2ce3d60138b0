/**
 * Customers' calls and agents' legs: the SIP user agent and the media plane driven by the IVR, the
 * queue's hold and the centre's offers. Everything here runs on one serial thread, {@code
 * queue-calls}: SIP events hop to it from {@code sip-events}, centre events from {@code
 * queue-centre}, and media callbacks from {@code switchboard-audio-events}; commands to the centre
 * are handed to the centre's thread without waiting.
 */
@NullMarked
package org.switchboard.queue.service.calls;

import org.jspecify.annotations.NullMarked;
