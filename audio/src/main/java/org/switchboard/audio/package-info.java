/** Media on libjitsi: the public entry points; machinery lives in {@code internal}. */
@NullMarked
package org.switchboard.audio;

import org.jspecify.annotations.NullMarked;
