package io.canrun.gateway.feasibility;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the engine's tab-separated data files: '#' lines are comments (they carry the sources), the
 * first other line names the columns, and every further line is one row.
 */
final class TsvTable {

  private TsvTable() {}

  /** The rows of a resource beside this class, each a column-name to cell map. */
  static List<Map<String, String>> read(String resource) {
    InputStream in = TsvTable.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing feasibility data file " + resource);
    }
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<Map<String, String>> rows = new ArrayList<>();
      String[] header = null;
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (header == null) {
          header = cells;
          continue;
        }
        if (cells.length != header.length) {
          throw new IllegalStateException(
              resource
                  + ": row has "
                  + cells.length
                  + " cells, header "
                  + header.length
                  + ": "
                  + line);
        }
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < header.length; i++) {
          row.put(header[i], cells[i].trim());
        }
        rows.add(row);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A cell as a number, or null for '-'. */
  static Double number(Map<String, String> row, String column) {
    String cell = row.get(column);
    if (cell == null) {
      throw new IllegalStateException("no column " + column + " in " + row);
    }
    return cell.equals("-") ? null : Double.valueOf(cell);
  }
}
