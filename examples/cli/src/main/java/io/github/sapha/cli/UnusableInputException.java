package io.github.sapha.cli;

/**
 * Input or arguments that a command cannot use: a file that cannot be read or
 * is not a registry document. The command line prints the message on stderr
 * and exits with code 2.
 */
final class UnusableInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UnusableInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
