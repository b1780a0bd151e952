package io.canrun.local;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Map;

/**
 * Checks, before anything starts, that the stack's ports are free. A port held by another program
 * would otherwise fail later and less clearly — or worse, answer the readiness probe in place of
 * the service that could not bind.
 */
final class FreePorts {

  private FreePorts() {}

  /**
   * @param portsByVariable each port, keyed by the environment variable that moves it
   * @throws IllegalStateException naming the first port in use and how to move it
   */
  static void require(Map<String, Integer> portsByVariable) {
    portsByVariable.forEach(
        (variable, port) -> {
          if (!free(port)) {
            throw new IllegalStateException(
                "Port "
                    + port
                    + " is in use by another program; stop it or set "
                    + variable
                    + " to a free port.");
          }
        });
  }

  static boolean free(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
