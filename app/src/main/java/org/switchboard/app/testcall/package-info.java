/**
 * The test call: a customer's phone inside the desktop that calls a contact centre's entry number
 * as a customer would, so that one person can try the whole flow (IVR, queue, offer, answer) on one
 * machine ({@link org.switchboard.app.testcall.TestCallViewModel}, {@link
 * org.switchboard.app.testcall.TestCallWindow}); the phone itself is behind {@link
 * org.switchboard.app.testcall.CustomerPhone}, implemented in {@code boot}.
 */
@NullMarked
package org.switchboard.app.testcall;

import org.jspecify.annotations.NullMarked;
