package org.switchboard.crm;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.switchboard.crm.internal.files.AtomicFile;
import org.switchboard.crm.internal.local.CustomerFileFormatException;
import org.switchboard.crm.internal.local.LocalDirectory;
import org.switchboard.crm.internal.local.LocalJournal;
import org.switchboard.crm.internal.phone.PhoneNormalizer;

/**
 * The embedded default CRM: customers from a JSON or CSV file (see {@code
 * docs/crm-local-directory.md}), contacts the agents create kept in {@code
 * <customers>.created.json} beside it, and call logs in a local JSON-lines journal whose calls also
 * show as each customer's history.
 */
public final class LocalCrm {
  private static final String SAMPLE = "/org/switchboard/crm/sample/customers.json";

  private LocalCrm() {}

  /**
   * Opens the directory in {@code customersFile} and the journal in {@code journalFile}.
   *
   * @throws IllegalArgumentException naming the file, the place in it and the reason when the
   *     customers cannot be read, or naming {@code crm.defaultRegion} when the region is unknown
   */
  public static CrmConnector open(Path customersFile, Path journalFile, String defaultRegion) {
    PhoneNormalizer normalizer = new PhoneNormalizer(defaultRegion);
    try {
      LocalJournal journal = new LocalJournal(journalFile, normalizer);
      Path created = customersFile.resolveSibling(customersFile.getFileName() + ".created.json");
      LocalDirectory directory = new LocalDirectory(customersFile, created, normalizer, journal);
      return new CrmConnector(directory, journal);
    } catch (CustomerFileFormatException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "cannot open the local call log " + journalFile + ": " + e.getMessage(), e);
    }
  }

  /**
   * A local JSON-lines call log on its own, for directories that cannot log calls (LDAP).
   *
   * @throws IllegalArgumentException naming the file when it cannot be opened
   */
  public static org.switchboard.core.journal.CallLogWriter journal(
      Path journalFile, String defaultRegion) {
    try {
      return new LocalJournal(journalFile, new PhoneNormalizer(defaultRegion));
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "cannot open the local call log " + journalFile + ": " + e.getMessage(), e);
    }
  }

  /**
   * Opens the demo directory in {@code dataDir}: copies the bundled sample customers to {@code
   * dataDir/customers.json} the first time (never over a file already there) and keeps the journal
   * in {@code dataDir/call-log.jsonl}.
   */
  public static CrmConnector sample(Path dataDir, String defaultRegion) {
    Path customers = dataDir.resolve("customers.json");
    try {
      Files.createDirectories(dataDir);
      if (!Files.exists(customers)) {
        try (InputStream in = LocalCrm.class.getResourceAsStream(SAMPLE)) {
          if (in == null) {
            throw new IllegalStateException("the sample customers are missing from the build");
          }
          AtomicFile.write(customers, in.readAllBytes());
        }
      }
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "cannot set up the sample customers in " + dataDir + ": " + e.getMessage(), e);
    }
    return open(customers, dataDir.resolve("call-log.jsonl"), defaultRegion);
  }
}
