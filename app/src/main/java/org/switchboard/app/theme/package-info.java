/** Light and dark themes (AtlantaFX Primer) and text scaling, applied to the whole UI live. */
@NullMarked
package org.switchboard.app.theme;

import org.jspecify.annotations.NullMarked;
