package org.switchboard.crm.internal.local;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.customer.Customer;
import org.switchboard.core.customer.CustomerId;

/**
 * Reads the CSV customer file (RFC 4180, UTF-8, a header row): columns {@code id}, {@code name}
 * (required), {@code company}, {@code phones}, {@code emails}, {@code tags} (several values
 * separated by {@code ;}) and {@code link}. History and open items need the JSON format. Errors
 * name the file, the line and the column.
 */
final class CsvCustomers {
  private static final Set<String> COLUMNS =
      Set.of("id", "name", "company", "phones", "emails", "tags", "link");

  private CsvCustomers() {}

  static List<Customer> read(Path file, byte[] bytes) throws CustomerFileFormatException {
    CsvMapper mapper = new CsvMapper();
    CsvSchema schema = CsvSchema.emptySchema().withHeader();
    List<Customer> customers = new ArrayList<>();
    try (MappingIterator<Map<String, String>> rows =
        mapper.readerForMapOf(String.class).with(schema).readValues(bytes)) {
      while (rows.hasNextValue()) {
        long line = rows.getCurrentLocation().getLineNr(); // where this row starts
        Map<String, String> row = rows.nextValue();
        checkColumns(file, row);
        customers.add(customer(file, line, row));
      }
    } catch (IOException e) {
      throw new CustomerFileFormatException(file + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new CustomerFileFormatException(file + ": " + e.getMessage(), e);
    }
    return customers;
  }

  private static void checkColumns(Path file, Map<String, String> row)
      throws CustomerFileFormatException {
    for (String column : row.keySet()) {
      if (!COLUMNS.contains(column)) {
        throw new CustomerFileFormatException(
            file + ": unknown column '" + column + "' (columns: " + COLUMNS + ")");
      }
    }
  }

  private static Customer customer(Path file, long line, Map<String, String> row)
      throws CustomerFileFormatException {
    String id = blankToNull(row.get("id"));
    String name = blankToNull(row.get("name"));
    if (id == null || name == null) {
      throw new CustomerFileFormatException(
          file + ": line " + line + ": column '" + (id == null ? "id" : "name") + "' is empty");
    }
    String link = blankToNull(row.get("link"));
    URI uri = null;
    if (link != null) {
      try {
        uri = URI.create(link);
      } catch (IllegalArgumentException e) {
        uri = null;
      }
      if (uri == null || !"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
        throw new CustomerFileFormatException(
            file + ": line " + line + ": column 'link' must be an https link");
      }
    }
    return new Customer(
        new CustomerId(JsonCustomers.SOURCE, id),
        name,
        blankToNull(row.get("company")),
        split(row.get("phones")),
        split(row.get("emails")),
        split(row.get("tags")),
        List.of(),
        List.of(),
        uri);
  }

  private static List<String> split(@Nullable String cell) {
    if (cell == null || cell.isBlank()) {
      return List.of();
    }
    return Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
