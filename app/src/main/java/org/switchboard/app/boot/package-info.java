/** The one composition root: launchers that name the adapter classes and wire them to the app. */
@NullMarked
package org.switchboard.app.boot;

import org.jspecify.annotations.NullMarked;
