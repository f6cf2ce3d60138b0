/**
 * Dialling: the number field with its keypad, paste cleaning, E.164 normalisation, the call button
 * and redial ({@link org.switchboard.app.dial.DialerViewModel}, {@link
 * org.switchboard.app.dial.DialerView}).
 */
@NullMarked
package org.switchboard.app.dial;

import org.jspecify.annotations.NullMarked;
