/**
 * The installed package's smoke test ({@code Switchboard --smoke-test report.json
 * [--smoke-wait-link seconds] [sip:...]}): it starts like the desktop (single instance, JavaFX, a
 * real window), checks the runtime it was packaged with ({@link
 * org.switchboard.app.smoke.RuntimeChecks}), shows the click-to-dial question for a link it is
 * given or handed and answers Cancel, writes a JSON report ({@link
 * org.switchboard.app.smoke.SmokeReport}) and exits 0 when every check passed, 1 otherwise, always
 * within a bound ({@link org.switchboard.app.smoke.SmokeRun}).
 */
@NullMarked
package org.switchboard.app.smoke;

import org.jspecify.annotations.NullMarked;
