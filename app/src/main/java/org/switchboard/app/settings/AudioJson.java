package org.switchboard.app.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.switchboard.core.device.AudioProcessing;
import org.switchboard.core.device.DevicePreferences;

/**
 * The {@code audio} section of the settings file: {@code microphones}, {@code speakers} and {@code
 * ringers}, each an ordered list of device ids (most preferred first), {@code ringOnAll} and {@code
 * processing}, a list of {@code {"device": id, "echoCancellation": …, "noiseSuppression": …,
 * "automaticGain": …}}. Lists are whole values: a layer (provisioning, the user's file) replaces a
 * list, it does not merge into it. The single-device fields of earlier versions ({@code
 * microphone}, {@code speaker}, {@code ringer}) still load from a user's file, as a list of one.
 */
final class AudioJson {
  private static final String[] LISTS = {"microphones", "speakers", "ringers"};
  private static final String[] LEGACY = {"microphone", "speaker", "ringer"};
  private static final Set<String> ENTRY_FIELDS =
      Set.of("device", "echoCancellation", "noiseSuppression", "automaticGain");

  private AudioJson() {}

  static void write(ObjectNode audio, AudioSettings s) {
    DevicePreferences p = s.devices();
    ids(audio.putArray("microphones"), p.capture());
    ids(audio.putArray("speakers"), p.playback());
    ids(audio.putArray("ringers"), p.ringer());
    audio.put("ringOnAll", p.ringOnAllPresent());
    ArrayNode processing = audio.putArray("processing");
    // Sorted, so that the file does not change when nothing did.
    for (Map.Entry<String, AudioProcessing> e : new TreeMap<>(p.processing()).entrySet()) {
      ObjectNode entry = processing.addObject();
      entry.put("device", e.getKey());
      entry.put("echoCancellation", e.getValue().echoCancellation());
      entry.put("noiseSuppression", e.getValue().noiseSuppression());
      entry.put("automaticGain", e.getValue().automaticGain());
    }
  }

  /**
   * @throws SettingsFieldException naming the field that has the wrong type or an empty id
   */
  static AudioSettings read(JsonNode audio, AudioSettings fallback) {
    DevicePreferences d = fallback.devices();
    List<List<String>> lists = new ArrayList<>();
    List<List<String>> defaults = List.of(d.capture(), d.playback(), d.ringer());
    for (int i = 0; i < LISTS.length; i++) {
      lists.add(list(audio, LISTS[i], LEGACY[i], defaults.get(i)));
    }
    JsonNode all = audio.get("ringOnAll");
    boolean ringOnAll = d.ringOnAllPresent();
    if (all != null && !all.isNull()) {
      if (!all.isBoolean()) {
        throw new SettingsFieldException("audio.ringOnAll", "must be true or false");
      }
      ringOnAll = all.booleanValue();
    }
    return new AudioSettings(
        new DevicePreferences(
            lists.get(0), lists.get(1), lists.get(2), ringOnAll, processing(audio, d)));
  }

  private static void ids(ArrayNode array, List<String> ids) {
    ids.forEach(array::add);
  }

  private static List<String> list(JsonNode audio, String name, String legacy, List<String> d) {
    JsonNode value = audio.get(name);
    String path = "audio." + name;
    if (value == null || value.isNull()) {
      JsonNode old = audio.get(legacy);
      if (old != null && old.isTextual()) {
        return old.asText().isBlank() ? List.of() : List.of(old.asText());
      }
      return d;
    }
    if (!value.isArray()) {
      throw new SettingsFieldException(path, "must be a list of device ids");
    }
    Set<String> ids = new LinkedHashSet<>();
    for (int i = 0; i < value.size(); i++) {
      ids.add(id(value.get(i), path + "[" + i + "]"));
    }
    return List.copyOf(ids);
  }

  private static Map<String, AudioProcessing> processing(JsonNode audio, DevicePreferences d) {
    JsonNode value = audio.get("processing");
    if (value == null || value.isNull()) {
      return d.processing();
    }
    if (!value.isArray()) {
      throw new SettingsFieldException("audio.processing", "must be a list");
    }
    Map<String, AudioProcessing> processing = new HashMap<>();
    for (int i = 0; i < value.size(); i++) {
      String path = "audio.processing[" + i + "]";
      JsonNode entry = value.get(i);
      if (!entry.isObject()) {
        throw new SettingsFieldException(path, "must be an object");
      }
      for (Iterator<String> names = entry.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!ENTRY_FIELDS.contains(name)) {
          throw new SettingsFieldException(path + "." + name, "unknown field");
        }
      }
      processing.put(
          id(entry.get("device"), path + ".device"),
          new AudioProcessing(
              flag(entry, path, "echoCancellation"),
              flag(entry, path, "noiseSuppression"),
              flag(entry, path, "automaticGain")));
    }
    return processing;
  }

  private static String id(JsonNode node, String path) {
    if (node == null || !node.isTextual()) {
      throw new SettingsFieldException(path, "must be a device id (a string)");
    }
    if (node.asText().isBlank()) {
      throw new SettingsFieldException(path, "must not be empty");
    }
    return node.asText();
  }

  private static boolean flag(JsonNode entry, String path, String name) {
    JsonNode value = entry.get(name);
    if (value == null || value.isNull()) {
      return false;
    }
    if (!value.isBoolean()) {
      throw new SettingsFieldException(path + "." + name, "must be true or false");
    }
    return value.booleanValue();
  }
}
