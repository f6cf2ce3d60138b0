/**
 * Dialling: the number field with its keypad, paste cleaning, E.164 normalisation, the call button
 * and redial ({@link org.switchboard.app.dial.DialerViewModel}, {@link
 * org.switchboard.app.dial.DialerView}); click-to-dial links, which ask before they dial ({@link
 * org.switchboard.app.dial.LinkDialling}, {@link
 * org.switchboard.app.dial.LinkConfirmationViewModel}, {@link
 * org.switchboard.app.dial.LinkConfirmationWindow}).
 */
@NullMarked
package org.switchboard.app.dial;

import org.jspecify.annotations.NullMarked;
