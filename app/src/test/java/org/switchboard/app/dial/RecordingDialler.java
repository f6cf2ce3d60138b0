package org.switchboard.app.dial;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.switchboard.app.links.DialLink;

/** A dialler that records what it was asked to show and to dial (any thread may read). */
final class RecordingDialler implements LinkConfirmationViewModel.Dialler {
  final List<String> shown = new CopyOnWriteArrayList<>();
  final List<String> dialled = new CopyOnWriteArrayList<>();

  @Override
  public void show(DialLink link) {
    shown.add(link.asText());
  }

  @Override
  public void dial(DialLink link) {
    dialled.add(link.asText());
  }
}
