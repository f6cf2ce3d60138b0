/**
 * Build-time tools for the installers: patches the packaging tools' configuration where jpackage
 * has no option (URI handlers in the Windows installer's WiX project).
 */
@NullMarked
package org.switchboard.installers;

import org.jspecify.annotations.NullMarked;
