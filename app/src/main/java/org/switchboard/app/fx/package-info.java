/** Small JavaFX helpers that several views share. Views only; never used by view models. */
@NullMarked
package org.switchboard.app.fx;

import org.jspecify.annotations.NullMarked;
