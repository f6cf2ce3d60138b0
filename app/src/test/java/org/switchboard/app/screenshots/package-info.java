/** Screenshots of the real window for review (run by take-screenshots.sh, not by Surefire). */
@NullMarked
package org.switchboard.app.screenshots;

import org.jspecify.annotations.NullMarked;
