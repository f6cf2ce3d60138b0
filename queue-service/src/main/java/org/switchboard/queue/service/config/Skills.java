package org.switchboard.queue.service.config;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Skill maps, written flat: the skill's name, then its level, e.g. {@code language:fa: 3} and
 * {@code product:loans: 2}. Names are the routing's own ({@code language:xx} is matched against the
 * language the caller chose in the IVR).
 */
final class Skills {
  /** The highest skill level. */
  static final int MAX_LEVEL = 100;

  private Skills() {}

  /** The skills under {@code key} in {@code section}: name to level, 1 to {@value #MAX_LEVEL}. */
  static Map<String, Integer> read(Section section, String key) {
    Map<String, Integer> skills = new LinkedHashMap<>();
    for (ConfigNode.Entry entry : section.entries(key)) {
      String path = section.pathOf(key) + "." + entry.key();
      if (entry.value() instanceof ConfigNode.MapNode) {
        section
            .problems()
            .add(
                entry.value().at(),
                path
                    + ": must be a level; write skills flat, as '"
                    + entry.key()
                    + ":name: level' (e.g. language:fa: 3)");
        continue;
      }
      Integer level = Values.integer(entry.value(), path, 1, MAX_LEVEL, section.problems());
      if (level != null) {
        skills.put(entry.key(), level);
      }
    }
    return skills;
  }
}
