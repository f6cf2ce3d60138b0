/** Account settings: the settings screen, its view model and the settings file. */
@NullMarked
package org.switchboard.app.settings;

import org.jspecify.annotations.NullMarked;
